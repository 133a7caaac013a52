package io.trackline.web.security;

import io.trackline.retail.api.ReplayClaims;
import io.trackline.retail.api.ReplayKey;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The current request's claim on its replay key, from before its resource method runs until its answer:
 * a 2xx answer uses the key up ({@link AnswerRecording}), anything else gives it back. A claim still open
 * when the request ends (an answer never written) is given back too, so no key stays in flight.
 */
@RequestScoped
public class RequestClaim {

    @Inject
    private ReplayClaims protection;

    private ReplayClaims.Claim claim;
    private int answerStatus;

    /**
     * Claims the key for this request.
     *
     * @throws ReplayedAnswer when the same request succeeded before: its answer is the answer
     */
    void begin(ReplayKey key, String endpoint, byte[] body) {
        ReplayClaims.Outcome outcome = protection.claim(key, endpoint, body);
        if (outcome.earlier().isPresent()) {
            throw new ReplayedAnswer(outcome.earlier().get());
        }
        claim = outcome.claim().orElseThrow();
    }

    boolean open() {
        return claim != null;
    }

    /** The request succeeded with this status; its body is being written. */
    void answering(int status) {
        answerStatus = status;
    }

    boolean writingAnswer() {
        return claim != null && answerStatus != 0;
    }

    int maxKeptBytes() {
        return protection.answerMaxBytes();
    }

    /** @param body {@code null}: too large to keep */
    void succeeded(int status, String mediaType, byte[] body) {
        if (claim != null) {
            protection.succeeded(claim, body == null ? null : new ReplayClaims.Answer(status, mediaType, body));
            claim = null;
        }
    }

    void succeededWith(String mediaType, byte[] body) {
        succeeded(answerStatus, mediaType, body);
    }

    @PreDestroy
    void failed() {
        if (claim != null) {
            protection.failed(claim);
            claim = null;
        }
    }
}
