package io.trackline.web.security;

import io.trackline.retail.api.ReceivedSignature;
import io.trackline.retail.api.ReplayKey;
import io.trackline.retail.api.SignatureVerification;
import io.trackline.retail.api.VerifiedRequest;
import io.trackline.web.retail.SignedBody;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Checks the signature of a {@link SignedRequest} method's request against its retailer's keys; then, for a
 * request that may succeed once (a Standard Webhooks request, a seed-signed one under replay protection),
 * claims its replay key before the method runs. A method that throws gives the key back at once; one that
 * returns leaves the claim to be settled by its answer ({@link AnswerRecording}). The retail resources are
 * synchronous, so returning is having done the work (their services commit before they return).
 */
@SignedRequest
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class SignatureInterceptor {

    static final String PARAMETER = "retailer_id";

    @Inject
    private SignedBody body;

    @Inject
    private SignatureVerification verifier;

    @Inject
    private AuthenticatedRetailer current;

    @Inject
    private AuthenticationAttempts attempts;

    @Inject
    private RequestClaim claim;

    @AroundInvoke
    public Object authenticate(InvocationContext invocation) throws Exception {
        ReceivedSignature received = body.received();
        VerifiedRequest verified = attempts.attempt(null, () -> verifier.verify(PathParameters.value(invocation,
                PARAMETER), received));
        current.authenticatedAs(verified);
        Optional<ReplayKey> once = verified.once();
        if (once.isEmpty()) {
            return invocation.proceed();
        }
        claim.begin(once.get(), endpoint(invocation.getMethod()), received.body());
        try {
            return invocation.proceed();
        } catch (Exception | Error failure) {
            claim.failed();
            throw failure;
        }
    }

    /** Which of the signed endpoints a request asks: a key's repeat must ask the same. */
    private static String endpoint(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName();
    }
}
