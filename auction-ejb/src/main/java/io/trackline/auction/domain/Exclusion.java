package io.trackline.auction.domain;

/** Why a candidate ad group did not win, as the decision trace says it. */
public enum Exclusion {
    NOT_LIVE, NEGATIVE_KEYWORD, BUDGET, PACING, BELOW_RESERVE, NO_STOCK, OUTRANKED;

    public String wireName() {
        return name().toLowerCase();
    }
}
