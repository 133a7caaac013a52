package io.trackline.web.security;

import io.trackline.influencer.api.AccessKeyAuthenticator;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Checks the {@code access_key} path parameter of an {@link AccessKeyAuthenticated} resource method. */
@AccessKeyAuthenticated
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AccessKeyInterceptor {

    static final String PARAMETER = "access_key";

    @Inject
    private AccessKeyAuthenticator accessKeys;

    @Inject
    private AuthenticatedCustomer current;

    @Inject
    private AuthenticationAttempts attempts;

    @AroundInvoke
    public Object authenticate(InvocationContext invocation) throws Exception {
        current.authenticatedAs(attempts.attempt(null,
                () -> accessKeys.authenticate(PathParameters.value(invocation, PARAMETER))));
        return invocation.proceed();
    }
}
