package io.trackline.web.security;

import io.trackline.influencer.application.AccessKeyService;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.PathParam;
import java.lang.annotation.Annotation;

/** Checks the {@code access_key} path parameter of an {@link AccessKeyAuthenticated} resource method. */
@AccessKeyAuthenticated
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AccessKeyInterceptor {

    static final String PARAMETER = "access_key";

    @Inject
    private AccessKeyService accessKeys;

    @Inject
    private AuthenticatedCustomer current;

    @AroundInvoke
    public Object authenticate(InvocationContext invocation) throws Exception {
        current.authenticatedAs(accessKeys.authenticate(accessKey(invocation)));
        return invocation.proceed();
    }

    private static String accessKey(InvocationContext invocation) {
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof PathParam path && PARAMETER.equals(path.value())) {
                    return (String) invocation.getParameters()[i];
                }
            }
        }
        throw new IllegalStateException(invocation.getMethod() + " has no @PathParam(\"" + PARAMETER + "\")");
    }
}
