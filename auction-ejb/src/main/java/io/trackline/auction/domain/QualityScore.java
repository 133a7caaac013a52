package io.trackline.auction.domain;

/**
 * An ad group's quality: its click-through rate relative to its retailer's, smoothed towards the average
 * by {@value #PRIOR_IMPRESSIONS} impressions' worth of prior, so that a new ad group starts at 1 (average)
 * and a few lucky or unlucky impressions move it little. Kept within [{@value #MIN}, {@value #MAX}].
 */
public final class QualityScore {

    static final double PRIOR_IMPRESSIONS = 200;
    static final double MIN = 0.2;
    static final double MAX = 5.0;

    private QualityScore() {
    }

    /** @param averageCtr the retailer's clicks per impression; 0 when it has none yet */
    public static double of(long impressions, long clicks, double averageCtr) {
        if (averageCtr <= 0) {
            return 1.0;
        }
        double smoothed = (clicks + PRIOR_IMPRESSIONS * averageCtr) / (impressions + PRIOR_IMPRESSIONS);
        return Math.max(MIN, Math.min(MAX, smoothed / averageCtr));
    }
}
