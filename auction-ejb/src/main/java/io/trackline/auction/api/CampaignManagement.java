package io.trackline.auction.api;

import io.trackline.platform.api.DashboardUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Advertisers, campaigns, ad groups and keywords as the dashboard manages them, each call checked against
 * who asks: an admin manages every retailer's, a retailer's user its own retailer's, an advertiser's user
 * its own campaigns only. Auctions see a change within 5 s.
 */
public interface CampaignManagement {

    /** The advertisers the user manages on that retailer: all of them, or its own. */
    List<AdvertiserView> advertisers(DashboardUser user, long retailerId);

    AdvertiserView addAdvertiser(DashboardUser user, long retailerId, String name, String brand);

    List<CampaignView> campaigns(DashboardUser user, long advertiserId);

    CampaignView addCampaign(DashboardUser user, long advertiserId, String name, LocalDate startsOn,
                             LocalDate endsOn, BigDecimal dailyBudget, BigDecimal totalBudget);

    CampaignView changeCampaign(DashboardUser user, long campaignId, boolean active, LocalDate endsOn,
                                BigDecimal dailyBudget, BigDecimal totalBudget);

    List<AdGroupView> adGroups(DashboardUser user, long campaignId);

    AdGroupView addAdGroup(DashboardUser user, long campaignId, String name, String format,
                           BigDecimal defaultBid);

    AdGroupView changeAdGroup(DashboardUser user, long adGroupId, boolean active, BigDecimal defaultBid,
                              List<String> productIds);

    /** A keyword, normalised as auctions match it; {@code bid} {@code null}: the ad group's default. */
    AdGroupView addKeyword(DashboardUser user, long adGroupId, String keyword, String matchType,
                           BigDecimal bid);

    AdGroupView removeKeyword(DashboardUser user, long adGroupId, long keywordId);
}
