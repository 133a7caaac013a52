package io.trackline.web.security;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The resource method takes a customer's access key as its {@code access_key} path parameter, and runs
 * only when the key is known and not revoked; otherwise the caller gets 401.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AccessKeyAuthenticated {
}
