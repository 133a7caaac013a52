package io.trackline.auction.infrastructure;

import io.trackline.auction.domain.AdFormat;
import io.trackline.auction.domain.AdGroup;
import io.trackline.auction.domain.AuctionIndexes;
import io.trackline.auction.domain.Availability;
import io.trackline.auction.domain.CampaignBudget;
import io.trackline.auction.domain.CategoryTarget;
import io.trackline.auction.domain.Creative;
import io.trackline.auction.domain.KeywordTarget;
import io.trackline.auction.domain.Keywords;
import io.trackline.auction.domain.MatchType;
import io.trackline.auction.domain.RetailerIndex;
import io.trackline.auction.domain.RetailerTerms;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads everything auctions need into one index per retailer, in a handful of full-table queries, and
 * tells cheaply whether anything changed since the last read.
 */
@ApplicationScoped
public class JdbcAuctionIndexLoader implements AuctionIndexes {

    private static final String VERSION = "SELECT (SELECT COUNT(*) FROM retailer),"
            + " (SELECT MAX(updated_at) FROM retailer), (SELECT COUNT(*) FROM ad_group),"
            + " (SELECT MAX(updated_at) FROM ad_group), (SELECT MAX(updated_at) FROM ad_campaign),"
            + " (SELECT COUNT(*) FROM ad_keyword), (SELECT COUNT(*) FROM ad_category_target),"
            + " (SELECT COUNT(*) FROM retail_category), (SELECT COUNT(*) FROM retail_product),"
            + " (SELECT MAX(updated_at) FROM retail_product), (SELECT MAX(last_shown_at) FROM retail_product)";

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    /** A value that changes whenever the index would. */
    @Override
    public String version() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(VERSION)) {
            row.next();
            StringBuilder version = new StringBuilder();
            for (int i = 1; i <= 11; i++) {
                version.append(row.getString(i)).append('|');
            }
            return version.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("The auction index version could not be read", e);
        }
    }

    @Override
    public Map<Long, RetailerIndex> load() {
        try (Connection connection = dataSource.getConnection()) {
            return new IndexBuilder(connection).build();
        } catch (SQLException e) {
            throw new IllegalStateException("The auction index could not be loaded", e);
        }
    }

    /** One load: the rows read, then the indexes built from them. */
    private static final class IndexBuilder {

        private final Connection connection;
        private final Map<Long, Long> retailerOfCampaign = new HashMap<>();
        private final Map<Long, Long> advertiserOfCampaign = new HashMap<>();
        /** Category targets (category id, target) and pages of each ad group, read once for all retailers. */
        private final Map<Long, List<Map.Entry<Long, CategoryTarget>>> categoryTargetsByGroup = new HashMap<>();
        private final Map<Long, List<String>> pagesByGroup = new HashMap<>();

        IndexBuilder(Connection connection) {
            this.connection = connection;
        }

        Map<Long, RetailerIndex> build() throws SQLException {
            Map<Long, RetailerTerms> terms = new HashMap<>();
            query("SELECT id, sp_reserve_price, display_reserve_price, attribution_window_days, impressions_on"
                    + " FROM retailer", row -> terms.put(row.getLong(1), new RetailerTerms(row.getBigDecimal(2),
                            row.getBigDecimal(3), row.getInt(4), "SERVE".equals(row.getString(5)))));
            Map<Long, Map<Long, CampaignBudget>> campaigns = campaigns();
            query("SELECT ad_group_id, category_id, bid FROM ad_category_target", row -> categoryTargetsByGroup
                    .computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                    .add(Map.entry(row.getLong(2), new CategoryTarget(row.getLong(1), row.getBigDecimal(3)))));
            query("SELECT ad_group_id, page FROM ad_page_target", row -> pagesByGroup
                    .computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2)));
            Map<Long, List<String>> products = new HashMap<>();
            query("SELECT ad_group_id, product_id FROM ad_group_product ORDER BY ad_group_id, position",
                    row -> products.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2)));
            Map<Long, List<KeywordTarget>> keywords = new HashMap<>();
            query("SELECT ad_group_id, keyword, match_type, bid FROM ad_keyword", row -> keywords
                    .computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                    .add(new KeywordTarget(row.getLong(1), Keywords.tokens(Keywords.normalize(row.getString(2))),
                            MatchType.valueOf(row.getString(3)), row.getBigDecimal(4))));
            Map<Long, List<Creative>> creatives = new HashMap<>();
            query("SELECT ad_group_id, id, image_url, headline, click_url, width, height FROM ad_creative ORDER BY id",
                    row -> creatives.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new Creative(row.getLong(2), row.getString(3), row.getString(4), row.getString(5),
                                    row.getObject(6, Integer.class), row.getObject(7, Integer.class))));
            Map<Long, Map<Long, AdGroup>> groups = new HashMap<>();
            query("SELECT id, campaign_id, format, status, default_bid FROM ad_group", row -> {
                long id = row.getLong(1);
                long campaign = row.getLong(2);
                Long retailer = retailerOfCampaign.get(campaign);
                if (retailer == null) {
                    return;
                }
                List<List<String>> negatives = keywords.getOrDefault(id, List.of()).stream()
                        .filter(keyword -> keyword.matchType() == MatchType.NEGATIVE).map(KeywordTarget::tokens)
                        .toList();
                groups.computeIfAbsent(retailer, r -> new HashMap<>()).put(id, new AdGroup(id, campaign,
                        advertiserOfCampaign.get(campaign), AdFormat.valueOf(row.getString(3)),
                        "ACTIVE".equals(row.getString(4)), row.getBigDecimal(5), products.getOrDefault(id, List.of()),
                        negatives, creatives.getOrDefault(id, List.of()), 1.0));
            });
            Map<Long, RetailerIndex> indexes = new HashMap<>();
            for (Map.Entry<Long, RetailerTerms> retailer : terms.entrySet()) {
                indexes.put(retailer.getKey(), retailerIndex(retailer.getKey(), retailer.getValue(),
                        groups.getOrDefault(retailer.getKey(), Map.of()),
                        campaigns.getOrDefault(retailer.getKey(), Map.of()), keywords));
            }
            return indexes;
        }

        private RetailerIndex retailerIndex(long retailer, RetailerTerms terms, Map<Long, AdGroup> groups,
                                            Map<Long, CampaignBudget> campaigns,
                                            Map<Long, List<KeywordTarget>> keywords) throws SQLException {
            Map<String, List<KeywordTarget>> byFirstToken = new HashMap<>();
            for (Long group : groups.keySet()) {
                for (KeywordTarget keyword : keywords.getOrDefault(group, List.of())) {
                    if (keyword.matchType() != MatchType.NEGATIVE && !keyword.tokens().isEmpty()) {
                        byFirstToken.computeIfAbsent(keyword.tokens().get(0), token -> new ArrayList<>()).add(keyword);
                    }
                }
            }
            Map<Long, List<CategoryTarget>> categoryTargets = new HashMap<>();
            Map<String, List<Long>> pages = new HashMap<>();
            Map<Long, Long> parents = new HashMap<>();
            Map<String, Long> categoryNames = new HashMap<>();
            Map<String, Availability> availability = new HashMap<>();
            for (Long group : groups.keySet()) {
                for (Map.Entry<Long, CategoryTarget> target : categoryTargetsByGroup.getOrDefault(group, List.of())) {
                    categoryTargets.computeIfAbsent(target.getKey(), id -> new ArrayList<>()).add(target.getValue());
                }
                for (String page : pagesByGroup.getOrDefault(group, List.of())) {
                    pages.computeIfAbsent(page, p -> new ArrayList<>()).add(group);
                }
            }
            query("SELECT id, name, parent_id FROM retail_category WHERE retailer_id = " + retailer, row -> {
                Long parent = row.getObject(3, Long.class);
                if (parent != null) {
                    parents.put(row.getLong(1), parent);
                }
                categoryNames.put(Keywords.normalize(row.getString(2)), row.getLong(1));
            });
            query("SELECT product_id, stock, last_shown_at FROM retail_product WHERE retailer_id = " + retailer,
                    row -> {
                Timestamp shown = row.getTimestamp(3);
                availability.put(row.getString(1), new Availability(row.getObject(2, Integer.class),
                        shown == null ? null : shown.toInstant()));
            });
            return new RetailerIndex(retailer, terms, Map.copyOf(groups), Map.copyOf(campaigns),
                    byFirstToken, categoryTargets, parents, categoryNames, pages, availability);
        }

        private Map<Long, Map<Long, CampaignBudget>> campaigns() throws SQLException {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            Map<Long, Map<Long, CampaignBudget>> campaigns = new HashMap<>();
            query("SELECT c.id, a.retailer_id, a.id, c.status, c.starts_on, c.ends_on, c.daily_budget, c.total_budget,"
                    + " c.spent_total, c.spent_today, c.spend_day FROM ad_campaign c"
                    + " JOIN advertiser a ON a.id = c.advertiser_id", row -> {
                long id = row.getLong(1);
                retailerOfCampaign.put(id, row.getLong(2));
                advertiserOfCampaign.put(id, row.getLong(3));
                java.sql.Date spendDay = row.getDate(11);
                BigDecimal spentToday = spendDay != null && spendDay.toLocalDate().equals(today)
                        ? row.getBigDecimal(10) : BigDecimal.ZERO;
                java.sql.Date endsOn = row.getDate(6);
                campaigns.computeIfAbsent(row.getLong(2), r -> new HashMap<>()).put(id, new CampaignBudget(id,
                        "ACTIVE".equals(row.getString(4)), row.getDate(5).toLocalDate(),
                        endsOn == null ? null : endsOn.toLocalDate(), row.getBigDecimal(7), row.getBigDecimal(8),
                        spentToday, row.getBigDecimal(9)));
            });
            return campaigns;
        }

        @FunctionalInterface
        private interface RowReader {
            void read(ResultSet row) throws SQLException;
        }

        private void query(String sql, RowReader reader) throws SQLException {
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    reader.read(row);
                }
            }
        }
    }
}
