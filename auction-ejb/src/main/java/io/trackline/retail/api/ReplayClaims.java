package io.trackline.retail.api;

import java.util.Optional;

/**
 * Replay protection as a signed request's way in uses it: the request claims its replay key before it runs,
 * and uses it up when it succeeds (keeping its answer, to send again to a repeat) or gives it back when it
 * fails. Refusals are 409 (in flight, or seen with another body) and 422 (a Standard Webhooks id reused for
 * another request).
 */
public interface ReplayClaims {

    /** A success as the caller got it: status, media type and the body's bytes. */
    record Answer(int status, String mediaType, byte[] body) {
    }

    /** The key is this request's (told apart from others by its digest) until it succeeds or fails. */
    record Claim(String key, long ticket, byte[] digest) {
    }

    /** What a claim found: the key for this request, or the answer of the same request that succeeded. */
    record Outcome(Optional<Claim> claim, Optional<Answer> earlier) {
    }

    /** Claims the key for this request to {@code endpoint} with this body, or finds the earlier answer. */
    Outcome claim(ReplayKey key, String endpoint, byte[] body);

    /** @param answer {@code null}: over {@link #answerMaxBytes()}, not kept */
    void succeeded(Claim claim, Answer answer);

    void failed(Claim claim);

    /** The largest answer kept to be sent again. */
    int answerMaxBytes();
}
