package io.trackline.auction.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A conversion line credited to a click: {@code DIRECT} when the click's winner showed that product,
 * {@code HALO} when it showed another product of the same advertiser (one it promotes, or of its brand).
 */
public record Attribution(Kind kind, UserClick click) {

    public enum Kind {
        DIRECT, HALO;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Last touch, direct first: the most recent click that showed the product; else the most recent click
     * on an advertiser that owns it.
     *
     * @param clicks      the shopper's clicks within the retailer's window, newest first
     * @param advertisers the advertisers that own the product
     */
    public static Optional<Attribution> of(String productId, List<UserClick> clicks, Set<Long> advertisers) {
        for (UserClick click : clicks) {
            if (click.productIds().contains(productId)) {
                return Optional.of(new Attribution(Kind.DIRECT, click));
            }
        }
        for (UserClick click : clicks) {
            if (advertisers.contains(click.advertiserId())) {
                return Optional.of(new Attribution(Kind.HALO, click));
            }
        }
        return Optional.empty();
    }
}
