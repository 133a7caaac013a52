package io.trackline.influencer.infrastructure;

import io.trackline.influencer.domain.WidgetTotals;
import io.trackline.platform.infrastructure.JdbcQuery;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads the counted postbacks per widget, campaign and event type, summing their shards, and the widget's last
 * number, in one statement: under READ COMMITTED each statement reads one snapshot of its own, so two
 * statements could see a commit between them.
 */
@ApplicationScoped
public class JdbcWidgetTotals implements WidgetTotals {

    /** A row of the statement: a total by event type, or (event type {@code null}) the widget's last number. */
    private record Row(String eventType, long value) {
    }

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Override
    public Counts counts(long productId, long influencerId, Long campaignId) {
        String campaignFilter = campaignId == null ? "" : " AND campaign_id = ?";
        List<Object> values = new ArrayList<>(List.of(productId, influencerId, productId, influencerId));
        if (campaignId != null) {
            values.add(campaignId);
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        long sequence = 0;
        List<Row> rows = JdbcQuery.list(dataSource, "SELECT NULL, last_sequence FROM widget_sequence"
                + " WHERE product_id = ? AND influencer_id = ?"
                + " UNION ALL SELECT event_type, SUM(total) FROM widget_total"
                + " WHERE product_id = ? AND influencer_id = ?" + campaignFilter
                + " GROUP BY event_type ORDER BY 1", row -> new Row(row.getString(1), row.getLong(2)),
                values.toArray());
        for (Row row : rows) {
            if (row.eventType() == null) {
                sequence = row.value();
            } else {
                totals.put(row.eventType(), row.value());
            }
        }
        return new Counts(sequence, totals);
    }
}
