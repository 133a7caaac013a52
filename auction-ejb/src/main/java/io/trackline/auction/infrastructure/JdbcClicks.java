package io.trackline.auction.infrastructure;

import io.trackline.auction.domain.AdClicks;
import io.trackline.auction.domain.CampaignSpent;
import io.trackline.auction.domain.WinnerRef;
import io.trackline.platform.infrastructure.JdbcQuery;
import io.trackline.platform.infrastructure.JdbcUpdate;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Clicks and the budgets they spend, and winners reported shown, in the caller's transaction. The budget
 * is charged by one conditional update: it succeeds only while the campaign has budget left, so concurrent
 * clicks can overspend by at most one click's price.
 */
@ApplicationScoped
public class JdbcClicks implements AdClicks {

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Override
    public Optional<WinnerRef> winner(long retailerId, String auctionId) {
        return JdbcQuery.one(dataSource, "SELECT auction_id, retailer_id, advertiser_id, campaign_id, ad_group_id,"
                + " click_price, created_at, product_ids FROM auction_winner WHERE auction_id = ? AND retailer_id = ?",
                row -> new WinnerRef(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4),
                        row.getLong(5), row.getBigDecimal(6), row.getTimestamp(7).toInstant(),
                        ProductIds.parse(row.getString(8))), auctionId, retailerId);
    }

    /** Stores the click unbilled for now; {@code false} when the auction id was clicked before. */
    @Override
    public boolean claim(WinnerRef winner, String uid, Instant now) {
        return JdbcUpdate.run(dataSource, "INSERT IGNORE INTO ad_click (auction_id, retailer_id, uid,"
                + " advertiser_id, campaign_id, ad_group_id, price, billed, clicked_at, click_day, product_ids)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?)",
                winner.auctionId(), winner.retailerId(), uid, winner.advertiserId(), winner.campaignId(),
                winner.adGroupId(), winner.price(), Timestamp.from(now), Date.valueOf(day(now)),
                ProductIds.join(winner.productIds())) > 0;
    }

    /** Charges the campaign if it has budget left today and in total; answers its spend after, if charged. */
    @Override
    public Optional<CampaignSpent> charge(long campaignId, BigDecimal price, Instant now) {
        Date today = Date.valueOf(day(now));
        int charged = JdbcUpdate.run(dataSource, "UPDATE ad_campaign SET spent_total = spent_total + ?,"
                + " spent_today = CASE WHEN spend_day = ? THEN spent_today + ? ELSE ? END, spend_day = ?"
                + " WHERE id = ? AND (total_budget IS NULL OR spent_total < total_budget)"
                + " AND (spend_day IS NULL OR spend_day <> ? OR spent_today < daily_budget)",
                price, today, price, price, today, campaignId, today);
        if (charged == 0) {
            return Optional.empty();
        }
        return JdbcQuery.one(dataSource, "SELECT spend_day, spent_today, spent_total FROM ad_campaign WHERE id = ?",
                row -> new CampaignSpent(row.getDate(1).toLocalDate(), row.getBigDecimal(2), row.getBigDecimal(3)),
                campaignId);
    }

    /** Marks a winner reported shown; {@code false} when it was reported before. */
    @Override
    public boolean markShown(String auctionId, Instant now) {
        return JdbcUpdate.run(dataSource, "INSERT IGNORE INTO auction_shown (auction_id, shown_at) VALUES (?, ?)",
                auctionId, Timestamp.from(now)) > 0;
    }

    @Override
    public void settle(String auctionId, boolean billed, String reason) {
        JdbcUpdate.run(dataSource, "UPDATE ad_click SET billed = ?, not_billed_reason = ? WHERE auction_id = ?",
                billed, reason, auctionId);
    }

    @Override
    public Optional<StoredClick> click(String auctionId) {
        return JdbcQuery.one(dataSource, "SELECT billed, price, not_billed_reason FROM ad_click WHERE auction_id = ?",
                row -> new StoredClick(row.getBoolean(1), row.getBigDecimal(2), row.getString(3)), auctionId);
    }

    /** Every campaign's spend, by campaign id. */
    @Override
    public Map<Long, CampaignSpent> campaignSpend() {
        return JdbcQuery.list(dataSource, "SELECT id, spend_day, spent_today, spent_total FROM ad_campaign"
                + " WHERE spend_day IS NOT NULL", row -> Map.entry(row.getLong(1), new CampaignSpent(
                        row.getDate(2).toLocalDate(), row.getBigDecimal(3), row.getBigDecimal(4))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static LocalDate day(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
