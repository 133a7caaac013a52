package io.trackline.mmp.application;

import java.math.BigDecimal;

/** Sums that treat a missing amount as none, and amounts written without trailing zeros or exponents. */
final class Amounts {

    private Amounts() {
    }

    static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return b == null ? a : a.add(b);
    }

    static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
