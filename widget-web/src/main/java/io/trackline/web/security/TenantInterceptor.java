package io.trackline.web.security;

import io.trackline.platform.api.AccessDeniedException;
import io.trackline.platform.api.ApiCaller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Keeps a {@link TenantOf} method to the caller's own tenant, unless the caller is an admin. */
@TenantOf("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantInterceptor {

    @Inject
    private JsonWebToken token;

    @AroundInvoke
    public Object checkTenant(InvocationContext invocation) throws Exception {
        TenantOf tenantOf = invocation.getMethod().getAnnotation(TenantOf.class);
        if (tenantOf == null) {
            tenantOf = invocation.getMethod().getDeclaringClass().getAnnotation(TenantOf.class);
        }
        ApiCaller caller = ApiCallers.of(token);
        String tenant = PathParameters.value(invocation, tenantOf.value());
        if (!caller.admin() && (caller.tenant() == null || !caller.tenant().equals(tenant))) {
            throw new AccessDeniedException("This token's tenant is not " + tenant + ".");
        }
        return invocation.proceed();
    }
}
