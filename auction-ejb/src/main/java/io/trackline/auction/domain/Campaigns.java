package io.trackline.auction.domain;

import io.trackline.auction.api.AdGroupView;
import io.trackline.auction.api.AdvertiserView;
import io.trackline.auction.api.CampaignView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Advertisers, campaigns and ad groups with their products and keywords; every change to an ad group's
 * targeting is one the auction index notices.
 */
public interface Campaigns {

    List<AdvertiserView> advertisers(long retailerId);

    Optional<AdvertiserView> advertiser(long id);

    long addAdvertiser(long retailerId, String name, String brand);

    List<CampaignView> campaigns(long advertiserId);

    Optional<CampaignView> campaign(long id);

    long addCampaign(long advertiserId, String name, LocalDate startsOn, LocalDate endsOn,
                     BigDecimal dailyBudget, BigDecimal totalBudget, Instant now);

    void updateCampaign(long id, String status, LocalDate endsOn, BigDecimal dailyBudget,
                               BigDecimal totalBudget, Instant now);

    List<AdGroupView> adGroups(long campaignId);

    Optional<AdGroupView> adGroup(long id);

    long addAdGroup(long campaignId, String name, String format, BigDecimal defaultBid, Instant now);

    void updateAdGroup(long id, String status, BigDecimal defaultBid, Instant now);

    /** The ad group's promoted products from now on, in this order. */
    void replaceProducts(long adGroupId, List<String> productIds, Instant now);

    void addKeyword(long adGroupId, String keyword, String matchType, BigDecimal bid, Instant now);

    /** Answers whether the keyword was the ad group's. */
    boolean removeKeyword(long adGroupId, long keywordId, Instant now);
}
