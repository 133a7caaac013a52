package io.trackline.web.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method works on one tenant, named by its path parameter {@link #value()}: an admin's token may
 * reach any tenant, any other token only the tenant of its {@code tenant} claim (403 otherwise). Roles are
 * checked by {@code @RolesAllowed}, before this.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TenantOf {

    /** The path parameter that names the tenant. */
    @Nonbinding
    String value();
}
