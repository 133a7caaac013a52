package io.trackline.auction.infrastructure;

import io.trackline.auction.api.ReportQuery;
import io.trackline.auction.api.ReportRow;
import io.trackline.auction.domain.ReportRows;
import io.trackline.platform.infrastructure.JdbcQuery;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Sums a retailer's daily totals (their shards too) to the rows a report asks for, in one range read of
 * the retailer's days: the campaigns' totals, but for a report per ad group, which reads the ad groups'.
 */
@ApplicationScoped
public class JdbcReports implements ReportRows {

    private static final String SUMS = "SUM(impressions), SUM(clicks), SUM(invalid_clicks), SUM(spend),"
            + " SUM(add_to_carts), SUM(add_to_cart_value), SUM(direct_units), SUM(direct_sales), SUM(halo_units),"
            + " SUM(halo_sales)";

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Override
    public List<ReportRow> rows(long retailerId, ReportQuery query) {
        List<String> dimensions = dimensions(query);
        List<Object> values = new ArrayList<>(List.of(retailerId, Date.valueOf(query.from()),
                Date.valueOf(query.to())));
        StringBuilder filter = new StringBuilder(" WHERE retailer_id = ? AND stats_day BETWEEN ? AND ?");
        if (query.advertiserId() != null) {
            filter.append(" AND advertiser_id = ?");
            values.add(query.advertiserId());
        }
        if (query.campaignId() != null) {
            filter.append(" AND campaign_id = ?");
            values.add(query.campaignId());
        }
        String grouping = String.join(", ", dimensions);
        String table = query.level() == ReportQuery.Level.AD_GROUP ? "retail_daily_stats" : "retail_campaign_stats";
        String sql = "SELECT " + (dimensions.isEmpty() ? "" : grouping + ", ") + SUMS + " FROM " + table + filter
                + (dimensions.isEmpty() ? "" : " GROUP BY " + grouping + " ORDER BY " + grouping);
        return JdbcQuery.list(dataSource, sql, row -> row(row, query, dimensions.size()), values.toArray());
    }

    /** The columns a row stands for, coarsest first: an ad group is in one campaign of one advertiser. */
    private static List<String> dimensions(ReportQuery query) {
        List<String> dimensions = new ArrayList<>();
        if (query.daily()) {
            dimensions.add("stats_day");
        }
        switch (query.level()) {
            case AD_GROUP -> dimensions.addAll(List.of("advertiser_id", "campaign_id", "ad_group_id"));
            case CAMPAIGN -> dimensions.addAll(List.of("advertiser_id", "campaign_id"));
            case ADVERTISER -> dimensions.add("advertiser_id");
            case RETAILER -> { }
        }
        return dimensions;
    }

    private static ReportRow row(ResultSet row, ReportQuery query, int dimensionCount) throws SQLException {
        int column = 1;
        Date day = query.daily() ? row.getDate(column++) : null;
        ReportQuery.Level level = query.level();
        Long advertiser = level == ReportQuery.Level.RETAILER ? null : row.getLong(column++);
        Long campaign = level == ReportQuery.Level.CAMPAIGN || level == ReportQuery.Level.AD_GROUP
                ? row.getLong(column++) : null;
        Long adGroup = level == ReportQuery.Level.AD_GROUP ? row.getLong(column++) : null;
        int sums = dimensionCount + 1;
        return ReportRow.of(day == null ? null : day.toLocalDate(), advertiser, campaign, adGroup,
                row.getLong(sums), row.getLong(sums + 1), row.getLong(sums + 2), zeroIfNull(row, sums + 3),
                row.getLong(sums + 4), zeroIfNull(row, sums + 5), row.getLong(sums + 6), zeroIfNull(row, sums + 7),
                row.getLong(sums + 8), zeroIfNull(row, sums + 9));
    }

    private static java.math.BigDecimal zeroIfNull(ResultSet row, int column) throws SQLException {
        java.math.BigDecimal value = row.getBigDecimal(column);
        return value == null ? java.math.BigDecimal.ZERO : value;
    }
}
