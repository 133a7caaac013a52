package io.trackline.web.security;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method takes a retailer's {@code retailer_id} path parameter and a body signed by one of the
 * retailer's keys ({@code X-STREAEM-HASH}); it runs only when the signature holds, otherwise the caller
 * gets 400 (409 for a replay, under replay protection). The body must have been kept
 * ({@link io.trackline.web.retail.ReadsSignedBody}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SignedRequest {
}
