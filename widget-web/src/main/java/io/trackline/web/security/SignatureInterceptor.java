package io.trackline.web.security;

import io.trackline.retail.application.SignatureVerifier;
import io.trackline.web.retail.SignedBody;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Checks the signature of a {@link SignedRequest} method's request against its retailer's keys. */
@SignedRequest
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class SignatureInterceptor {

    static final String PARAMETER = "retailer_id";

    @Inject
    private SignedBody body;

    @Inject
    private SignatureVerifier verifier;

    @Inject
    private AuthenticatedRetailer current;

    @Inject
    private AuthenticationAttempts attempts;

    @AroundInvoke
    public Object authenticate(InvocationContext invocation) throws Exception {
        current.authenticatedAs(attempts.attempt(null, () -> verifier.verify(PathParameters.value(invocation,
                PARAMETER), body.signature(), body.text())));
        return invocation.proceed();
    }
}
