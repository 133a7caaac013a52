/**
 * Interceptor bindings that authenticate a request before its resource method runs: access keys (the
 * influencer tracker), S2S tokens (the MMP API), retailers' HMAC signatures (retail media), and later
 * JWTs. An authenticated caller is available to the resource through a request-scoped bean.
 */
package io.trackline.web.security;
