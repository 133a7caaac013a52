package io.trackline.auction.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a product can be promoted: in stock by the catalog feed, or, for a retailer that sends no stock
 * (stock {@code null}), shown on its site within the last week.
 */
public record Availability(Integer stock, Instant lastShownAt) {

    static final Duration SHOWN_RECENTLY = Duration.ofDays(7);

    public boolean available(Instant now) {
        if (stock != null) {
            return stock > 0;
        }
        return lastShownAt != null && lastShownAt.isAfter(now.minus(SHOWN_RECENTLY));
    }
}
