package io.trackline.web.security;

import io.trackline.mmp.api.S2STokenAuthenticator;
import io.trackline.web.mmp.S2SParameters;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Optional;

/** Checks the S2S token of an {@link S2STokenAuthenticated} method's request. */
@S2STokenAuthenticated
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class S2STokenInterceptor {

    static final String[] TOKEN_PARAMETERS = {"s2s_token", "s2stoken", "token"};
    private static final String BEARER = "Bearer ";

    @Inject
    private S2SParameters parameters;

    @Inject
    private S2STokenAuthenticator tokens;

    @Inject
    private AuthenticatedApp current;

    @Inject
    private AuthenticationAttempts attempts;

    @AroundInvoke
    public Object authenticate(InvocationContext invocation) throws Exception {
        current.authenticatedAs(attempts.attempt(null, () -> tokens.authenticate(token(parameters.authorization(),
                parameters.value(TOKEN_PARAMETERS)))));
        return invocation.proceed();
    }

    /** The token in the {@code Authorization} header if there is one, else the token parameter, else none. */
    static String token(Optional<String> authorization, Optional<String> parameter) {
        return authorization.map(String::strip)
                .map(header -> header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                        ? header.substring(BEARER.length()).strip() : header)
                .or(() -> parameter)
                .orElse(null);
    }
}
