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

/** Reads the counted postbacks per widget, campaign and event type, summing their shards. */
@ApplicationScoped
public class JdbcWidgetTotals implements WidgetTotals {

    private record Total(String eventType, long total) {
    }

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Override
    public Map<String, Long> totals(long productId, long influencerId, Long campaignId) {
        String campaignFilter = campaignId == null ? "" : " AND campaign_id = ?";
        List<Object> values = new ArrayList<>(List.of(productId, influencerId));
        if (campaignId != null) {
            values.add(campaignId);
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        JdbcQuery.list(dataSource, "SELECT event_type, SUM(total) FROM widget_total"
                        + " WHERE product_id = ? AND influencer_id = ?" + campaignFilter
                        + " GROUP BY event_type ORDER BY event_type",
                        row -> new Total(row.getString(1), row.getLong(2)), values.toArray())
                .forEach(total -> totals.put(total.eventType(), total.total()));
        return totals;
    }
}
