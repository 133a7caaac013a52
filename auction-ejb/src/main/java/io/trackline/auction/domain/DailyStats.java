package io.trackline.auction.domain;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The retail daily statistics per ad group and campaign: added to as events come in, read for quality scores. */
public interface DailyStats {

    /** An ad group's day, with what the ad group belongs to. */
    record Key(long retailerId, long advertiserId, long campaignId, long adGroupId, LocalDate day) {
    }

    /** What to add to one ad group's day. */
    record Delta(Key key, long impressions, long clicks, long invalidClicks, BigDecimal spend,
                 long addToCarts, BigDecimal addToCartValue, long directUnits, BigDecimal directSales,
                 long haloUnits, BigDecimal haloSales) {

        public static Delta impressions(Key key, long impressions) {
            return new Delta(key, impressions, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0,
                    BigDecimal.ZERO);
        }

        /** A valid click, that cost {@code spent} (nothing when its campaign had no budget left). */
        public static Delta click(Key key, BigDecimal spent) {
            return new Delta(key, 0, 1, 0, spent, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO);
        }

        /** A click kept as invalid traffic: it counts only as such. */
        public static Delta invalidClick(Key key) {
            return new Delta(key, 0, 0, 1, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0,
                    BigDecimal.ZERO);
        }

        public static Delta addToCart(Key key, long units, BigDecimal value) {
            return new Delta(key, 0, 0, 0, BigDecimal.ZERO, units, value, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO);
        }

        public static Delta sale(Key key, boolean direct, long units, BigDecimal value) {
            return direct
                    ? new Delta(key, 0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, units, value, 0, BigDecimal.ZERO)
                    : new Delta(key, 0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, units, value);
        }

        /** The same addition, to another key (its campaign's, say). */
        public Delta to(Key other) {
            return new Delta(other, impressions, clicks, invalidClicks, spend, addToCarts, addToCartValue,
                    directUnits, directSales, haloUnits, haloSales);
        }

        /** Both additions to the same day, as one. */
        public Delta plus(Delta other) {
            return new Delta(key, impressions + other.impressions, clicks + other.clicks,
                    invalidClicks + other.invalidClicks, spend.add(other.spend), addToCarts + other.addToCarts,
                    addToCartValue.add(other.addToCartValue), directUnits + other.directUnits,
                    directSales.add(other.directSales), haloUnits + other.haloUnits, haloSales.add(other.haloSales));
        }
    }

    /** An ad group's impressions and clicks over a period. */
    record Performance(long retailerId, long adGroupId, long impressions, long clicks) {
    }

    void add(Collection<Delta> deltas);

    /** The same on a connection the caller holds. */
    void add(Connection connection, List<Delta> deltas) throws SQLException;

    /** Every ad group's impressions and clicks from {@code since} on. */
    List<Performance> performanceSince(LocalDate since);
}
