package io.trackline.auction.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * An ad group as the index holds it: its campaign and advertiser, format, default bid, promoted products
 * (in order of preference), negative keywords, creatives, and its quality (smoothed click-through rate,
 * relative to the retailer's average: 1 is average).
 */
public record AdGroup(long id, long campaignId, long advertiserId, AdFormat format, boolean active,
                      BigDecimal defaultBid, List<String> productIds, List<List<String>> negativeKeywords,
                      List<Creative> creatives, double quality) {

    public AdGroup withQuality(double newQuality) {
        return new AdGroup(id, campaignId, advertiserId, format, active, defaultBid, productIds, negativeKeywords,
                creatives, newQuality);
    }
}
