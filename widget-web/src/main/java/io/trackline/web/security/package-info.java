/**
 * Interceptor bindings that authenticate a request before its resource method runs: access keys (the
 * influencer tracker), S2S tokens (the MMP API), retailers' HMAC signatures (retail media: the seed's and
 * Standard Webhooks), and later JWTs. An authenticated caller is available to the resource through a
 * request-scoped bean. A signed request that may succeed once holds its replay key from before its method
 * runs until its answer: {@link io.trackline.web.security.RequestClaim} and
 * {@link io.trackline.web.security.AnswerRecording} (the ledger itself, and what it means with two nodes,
 * after a kill -9 and with the database down: {@code io.trackline.retail.application}).
 */
package io.trackline.web.security;
