package io.trackline.influencer.domain;

import io.trackline.influencer.api.InfluencerReport;
import io.trackline.influencer.api.InfluencerReportQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The daily postback totals of brands: added to by the postback writer, read by the brand's report. */
public interface InfluencerStats {

    /** One widget's event type on one day. */
    record Key(long customerId, LocalDate day, long productId, long influencerId, Long campaignId,
               String eventType) {
    }

    /** What to add to one key. */
    record Delta(Key key, long counted, long filtered) {

        public Delta plus(Delta other) {
            return new Delta(key, counted + other.counted, filtered + other.filtered);
        }
    }

    /** How a report groups its figures. */
    enum Dimension {
        DAY, INFLUENCER, CAMPAIGN, EVENT_TYPE
    }

    /** Adds the deltas in the caller's transaction, in key order so that concurrent writers lock alike. */
    void add(Connection connection, Collection<Delta> deltas) throws SQLException;

    /** The brand's figures in the query's days, one row per value of the dimension, the most counted first. */
    List<InfluencerReport.Row> figures(long customerId, InfluencerReportQuery query, Dimension by);
}
