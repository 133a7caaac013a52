package io.trackline.auction.infrastructure;

import io.trackline.auction.domain.AdClicks;
import io.trackline.auction.domain.CampaignSpent;
import io.trackline.auction.domain.PendingClick;
import io.trackline.auction.domain.WinnerRef;
import io.trackline.platform.infrastructure.JdbcQuery;
import io.trackline.platform.infrastructure.JdbcUpdate;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Clicks and the budgets they spend, and winners reported shown, in the caller's transaction, a batch of
 * clicks a few statements. A click's price is charged by one conditional update of its own: it succeeds
 * only while the campaign has budget left, so concurrent clicks can overspend by at most one click's price.
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

    /** One insert a click, sent in auction-id order (the order their keys are locked in). */
    @Override
    public boolean[] claim(List<PendingClick> clicks) {
        return JdbcUpdate.runEachInOrder(dataSource, "INSERT IGNORE INTO ad_click (auction_id, retailer_id, uid,"
                + " advertiser_id, campaign_id, ad_group_id, price, billed, clicked_at, click_day, product_ids)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?)", clicks,
                Comparator.comparing(click -> click.winner().auctionId()), click -> {
                    WinnerRef winner = click.winner();
                    return new Object[] {winner.auctionId(), winner.retailerId(), click.uid(), winner.advertiserId(),
                        winner.campaignId(), winner.adGroupId(), winner.price(), Timestamp.from(click.at()),
                        Date.valueOf(day(click.at())), ProductIds.join(winner.productIds())};
                });
    }

    /** One conditional update a click, sent in campaign-id order (the order the campaigns are locked in). */
    @Override
    public boolean[] charge(List<Charge> charges) {
        return JdbcUpdate.runEachInOrder(dataSource, "UPDATE ad_campaign SET spent_total = spent_total + ?,"
                + " spent_today = CASE WHEN spend_day = ? THEN spent_today + ? ELSE ? END, spend_day = ?"
                + " WHERE id = ? AND (total_budget IS NULL OR spent_total < total_budget)"
                + " AND (spend_day IS NULL OR spend_day <> ? OR spent_today < daily_budget)", charges,
                Comparator.comparingLong(Charge::campaignId), charge -> {
                    Date day = Date.valueOf(charge.day());
                    return new Object[] {charge.price(), day, charge.price(), charge.price(), day,
                        charge.campaignId(), day};
                });
    }

    @Override
    public Map<Long, CampaignSpent> spend(Collection<Long> campaignIds) {
        if (campaignIds.isEmpty()) {
            return Map.of();
        }
        return JdbcQuery.list(dataSource, "SELECT id, spend_day, spent_today, spent_total FROM ad_campaign"
                + " WHERE id IN (" + JdbcQuery.placeholders(campaignIds.size()) + ")", row -> Map.entry(row.getLong(1),
                        new CampaignSpent(row.getDate(2).toLocalDate(), row.getBigDecimal(3), row.getBigDecimal(4))),
                campaignIds.toArray()).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public void settle(List<Settlement> settlements) {
        JdbcUpdate.runEach(dataSource, "UPDATE ad_click SET billed = ?, not_billed_reason = ? WHERE auction_id = ?",
                settlements.stream().sorted(Comparator.comparing(Settlement::auctionId))
                        .map(settled -> new Object[] {settled.billed(), settled.reason(), settled.auctionId()})
                        .toList());
    }

    @Override
    public Map<String, StoredClick> clicks(Collection<String> auctionIds) {
        if (auctionIds.isEmpty()) {
            return Map.of();
        }
        return JdbcQuery.list(dataSource, "SELECT auction_id, billed, price, not_billed_reason FROM ad_click"
                + " WHERE auction_id IN (" + JdbcQuery.placeholders(auctionIds.size()) + ")", row -> Map.entry(row.getString(1),
                        new StoredClick(row.getBoolean(2), row.getBigDecimal(3), row.getString(4))),
                auctionIds.toArray()).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Marks a winner reported shown; {@code false} when it was reported before. */
    @Override
    public boolean markShown(String auctionId, Instant now) {
        return JdbcUpdate.run(dataSource, "INSERT IGNORE INTO auction_shown (auction_id, shown_at) VALUES (?, ?)",
                auctionId, Timestamp.from(now)) > 0;
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
