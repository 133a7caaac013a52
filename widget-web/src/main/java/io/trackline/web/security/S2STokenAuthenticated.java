package io.trackline.web.security;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method runs only for a caller with a valid S2S token of an app: from {@code Authorization} (the token
 * itself, or {@code Bearer} and the token) or from a {@code s2s_token}, {@code s2stoken} or {@code token}
 * parameter; otherwise the caller gets 401. The parameters must have been read
 * ({@link io.trackline.web.mmp.ReadsS2SParameters}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface S2STokenAuthenticated {
}
