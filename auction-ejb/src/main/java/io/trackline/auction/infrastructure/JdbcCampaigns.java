package io.trackline.auction.infrastructure;

import io.trackline.auction.api.AdGroupView;
import io.trackline.auction.api.AdvertiserView;
import io.trackline.auction.api.CampaignView;
import io.trackline.auction.domain.Campaigns;
import io.trackline.platform.infrastructure.JdbcQuery;
import io.trackline.platform.infrastructure.JdbcUpdate;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Advertisers, campaigns and ad groups with their products and keywords, in the caller's transaction.
 * Every change to an ad group's targeting moves its {@code updated_at}, which is how the auction index
 * notices it.
 */
@ApplicationScoped
public class JdbcCampaigns implements Campaigns {

    private static final String CAMPAIGN = "SELECT id, advertiser_id, name, status, starts_on, ends_on, daily_budget,"
            + " total_budget, spent_today, spent_total FROM ad_campaign";
    private static final String AD_GROUP = "SELECT id, campaign_id, name, format, status, default_bid FROM ad_group";

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Override
    public List<AdvertiserView> advertisers(long retailerId) {
        return JdbcQuery.list(dataSource, "SELECT id, retailer_id, name, brand FROM advertiser WHERE retailer_id = ?"
                + " ORDER BY name", JdbcCampaigns::advertiser, retailerId);
    }

    @Override
    public Optional<AdvertiserView> advertiser(long id) {
        return JdbcQuery.one(dataSource, "SELECT id, retailer_id, name, brand FROM advertiser WHERE id = ?",
                JdbcCampaigns::advertiser, id);
    }

    @Override
    public long addAdvertiser(long retailerId, String name, String brand) {
        return insert("INSERT INTO advertiser (retailer_id, name, brand) VALUES (?, ?, ?)", retailerId, name, brand);
    }

    @Override
    public List<CampaignView> campaigns(long advertiserId) {
        return JdbcQuery.list(dataSource, CAMPAIGN + " WHERE advertiser_id = ? ORDER BY id", JdbcCampaigns::campaign,
                advertiserId);
    }

    @Override
    public Optional<CampaignView> campaign(long id) {
        return JdbcQuery.one(dataSource, CAMPAIGN + " WHERE id = ?", JdbcCampaigns::campaign, id);
    }

    @Override
    public long addCampaign(long advertiserId, String name, LocalDate startsOn, LocalDate endsOn,
                            BigDecimal dailyBudget, BigDecimal totalBudget, Instant now) {
        return insert("INSERT INTO ad_campaign (advertiser_id, name, status, starts_on, ends_on, daily_budget,"
                + " total_budget, updated_at) VALUES (?, ?, 'ACTIVE', ?, ?, ?, ?, ?)", advertiserId, name,
                Date.valueOf(startsOn), endsOn == null ? null : Date.valueOf(endsOn), dailyBudget, totalBudget,
                Timestamp.from(now));
    }

    @Override
    public void updateCampaign(long id, String status, LocalDate endsOn, BigDecimal dailyBudget,
                               BigDecimal totalBudget, Instant now) {
        JdbcUpdate.run(dataSource, "UPDATE ad_campaign SET status = ?, ends_on = ?, daily_budget = ?,"
                + " total_budget = ?, updated_at = ? WHERE id = ?", status,
                endsOn == null ? null : Date.valueOf(endsOn), dailyBudget, totalBudget, Timestamp.from(now), id);
    }

    @Override
    public List<AdGroupView> adGroups(long campaignId) {
        return JdbcQuery.list(dataSource, AD_GROUP + " WHERE campaign_id = ? ORDER BY id", this::adGroup, campaignId);
    }

    @Override
    public Optional<AdGroupView> adGroup(long id) {
        return JdbcQuery.one(dataSource, AD_GROUP + " WHERE id = ?", this::adGroup, id);
    }

    @Override
    public long addAdGroup(long campaignId, String name, String format, BigDecimal defaultBid, Instant now) {
        return insert("INSERT INTO ad_group (campaign_id, name, format, status, default_bid, updated_at)"
                + " VALUES (?, ?, ?, 'ACTIVE', ?, ?)", campaignId, name, format, defaultBid, Timestamp.from(now));
    }

    @Override
    public void updateAdGroup(long id, String status, BigDecimal defaultBid, Instant now) {
        JdbcUpdate.run(dataSource, "UPDATE ad_group SET status = ?, default_bid = ?, updated_at = ? WHERE id = ?",
                status, defaultBid, Timestamp.from(now), id);
    }

    /** The ad group's promoted products from now on, in this order. */
    @Override
    public void replaceProducts(long adGroupId, List<String> productIds, Instant now) {
        JdbcUpdate.run(dataSource, "DELETE FROM ad_group_product WHERE ad_group_id = ?", adGroupId);
        for (int i = 0; i < productIds.size(); i++) {
            JdbcUpdate.run(dataSource, "INSERT INTO ad_group_product (ad_group_id, product_id, position)"
                    + " VALUES (?, ?, ?)", adGroupId, productIds.get(i), i);
        }
        touch(adGroupId, now);
    }

    @Override
    public void addKeyword(long adGroupId, String keyword, String matchType, BigDecimal bid, Instant now) {
        JdbcUpdate.run(dataSource, "INSERT INTO ad_keyword (ad_group_id, keyword, match_type, bid) VALUES (?, ?, ?, ?)",
                adGroupId, keyword, matchType, bid);
        touch(adGroupId, now);
    }

    /** Answers whether the keyword was the ad group's. */
    @Override
    public boolean removeKeyword(long adGroupId, long keywordId, Instant now) {
        boolean removed = JdbcUpdate.run(dataSource, "DELETE FROM ad_keyword WHERE id = ? AND ad_group_id = ?",
                keywordId, adGroupId) > 0;
        touch(adGroupId, now);
        return removed;
    }

    private void touch(long adGroupId, Instant now) {
        JdbcUpdate.run(dataSource, "UPDATE ad_group SET updated_at = ? WHERE id = ?", Timestamp.from(now), adGroupId);
    }

    private AdGroupView adGroup(ResultSet row) throws SQLException {
        long id = row.getLong(1);
        return new AdGroupView(id, row.getLong(2), row.getString(3), row.getString(4), row.getString(5),
                row.getBigDecimal(6), JdbcQuery.list(dataSource, "SELECT product_id FROM ad_group_product"
                        + " WHERE ad_group_id = ? ORDER BY position", product -> product.getString(1), id),
                JdbcQuery.list(dataSource, "SELECT id, keyword, match_type, bid FROM ad_keyword WHERE ad_group_id = ?"
                        + " ORDER BY id", keyword -> new AdGroupView.Keyword(keyword.getLong(1), keyword.getString(2),
                        keyword.getString(3), keyword.getBigDecimal(4)), id));
    }

    private static AdvertiserView advertiser(ResultSet row) throws SQLException {
        return new AdvertiserView(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4));
    }

    private static CampaignView campaign(ResultSet row) throws SQLException {
        Date endsOn = row.getDate(6);
        return new CampaignView(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                row.getDate(5).toLocalDate(), endsOn == null ? null : endsOn.toLocalDate(), row.getBigDecimal(7),
                row.getBigDecimal(8), row.getBigDecimal(9), row.getBigDecimal(10));
    }

    private long insert(String sql, Object... values) {
        return JdbcUpdate.insert(dataSource, sql, values);
    }
}
