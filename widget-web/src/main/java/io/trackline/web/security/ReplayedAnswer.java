package io.trackline.web.security;

import io.trackline.retail.api.ReplayClaims;



/**
 * Not an error: the request succeeded before under its webhook-id, so its first answer is the answer.
 * Thrown before the resource method runs (whose return type cannot carry it), turned back into that answer
 * by {@link ReplayedAnswerMapper}.
 */
public class ReplayedAnswer extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ReplayClaims.Answer answer;

    ReplayedAnswer(ReplayClaims.Answer answer) {
        super("Answered from the replay ledger", null, false, false);
        this.answer = answer;
    }

    ReplayClaims.Answer answer() {
        return answer;
    }
}
