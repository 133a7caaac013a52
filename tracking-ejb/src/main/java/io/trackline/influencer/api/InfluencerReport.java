package io.trackline.influencer.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A brand's postbacks in a range of UTC days: counted, and filtered out by anti-cheat; per day (every day
 * of the range, those without postbacks at 0), per influencer, per campaign and per event type.
 */
public record InfluencerReport(InfluencerReportQuery query, List<Day> days, List<Row> influencers,
                               List<Row> campaigns, List<Row> eventTypes, Row totals) {

    public record Day(LocalDate day, long counted, long filtered) {
    }

    /** The figures of one influencer, campaign ("" for postbacks of none) or event type. */
    public record Row(String name, long counted, long filtered) {

        public long received() {
            return counted + filtered;
        }
    }
}
