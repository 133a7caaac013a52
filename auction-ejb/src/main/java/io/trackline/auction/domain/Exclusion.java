package io.trackline.auction.domain;

/** Why a candidate ad group did not win, as the decision trace says it. */
public enum Exclusion {
    NOT_LIVE, NEGATIVE_KEYWORD, BUDGET, PACING, BELOW_RESERVE, NO_STOCK, OUTRANKED;

    private static final Exclusion[] VALUES = values();

    private final String wireName = name().toLowerCase(java.util.Locale.ROOT);

    public String wireName() {
        return wireName;
    }

    public static Exclusion ofWireName(String wireName) {
        for (Exclusion exclusion : VALUES) {
            if (exclusion.wireName.equals(wireName)) {
                return exclusion;
            }
        }
        throw new IllegalArgumentException("No exclusion " + wireName);
    }
}
