package io.trackline.auction.application;

import io.trackline.auction.domain.DailyStats;
import io.trackline.auction.domain.QualityScore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each retailer's ad groups' qualities, from their impressions and clicks against the retailer's average. */
final class QualityScores {

    private QualityScores() {
    }

    /** @return by retailer, by ad group */
    static Map<Long, Map<Long, Double>> of(List<DailyStats.Performance> performance) {
        Map<Long, long[]> retailerTotals = new HashMap<>();
        for (DailyStats.Performance group : performance) {
            long[] totals = retailerTotals.computeIfAbsent(group.retailerId(), id -> new long[2]);
            totals[0] += group.impressions();
            totals[1] += group.clicks();
        }
        Map<Long, Map<Long, Double>> qualities = new HashMap<>();
        for (DailyStats.Performance group : performance) {
            long[] totals = retailerTotals.get(group.retailerId());
            double averageCtr = totals[0] == 0 ? 0 : (double) totals[1] / totals[0];
            qualities.computeIfAbsent(group.retailerId(), id -> new HashMap<>()).put(group.adGroupId(),
                    QualityScore.of(group.impressions(), group.clicks(), averageCtr));
        }
        return qualities;
    }
}
