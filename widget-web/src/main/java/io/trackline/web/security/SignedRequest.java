package io.trackline.web.security;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method takes a retailer's {@code retailer_id} path parameter and a body signed by one of the
 * retailer's keys, with {@code X-STREAEM-HASH} or with Standard Webhooks ({@code webhook-id},
 * {@code webhook-timestamp}, {@code webhook-signature}); it runs only when the signature holds, otherwise
 * the caller gets 400. A request that may succeed once (Standard Webhooks; the seed's signature under replay
 * protection) runs once its key is claimed: a copy in flight gets 409, a Standard Webhooks repeat of one that
 * succeeded its first answer ({@code Idempotent-Replayed: true}), another body under a used webhook-id 422,
 * a seed-signed repeat 409. The body must have been kept ({@link io.trackline.web.retail.ReadsSignedBody}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SignedRequest {
}
