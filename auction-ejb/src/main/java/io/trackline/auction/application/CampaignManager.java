package io.trackline.auction.application;

import io.trackline.auction.api.AdGroupView;
import io.trackline.auction.api.AdvertiserView;
import io.trackline.auction.api.CampaignManagement;
import io.trackline.auction.api.CampaignView;
import io.trackline.auction.domain.AdFormat;
import io.trackline.auction.domain.Campaigns;
import io.trackline.auction.domain.Keywords;
import io.trackline.auction.domain.MatchType;
import io.trackline.platform.api.AccessDeniedException;
import io.trackline.platform.api.DashboardUser;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.UnknownResourceException;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The campaign manager: advertisers, their campaigns (dates, budgets, status) and ad groups (bid, products,
 * keywords), each call checked against who asks. An admin manages every retailer's; a retailer's user its
 * own retailer's; an advertiser's user its own campaigns only. Auctions see a change at the index's next
 * check (within 5 s).
 */
@Stateless
@Local(CampaignManagement.class)
public class CampaignManager implements CampaignManagement {

    static final String ACTIVE = "ACTIVE";
    static final String PAUSED = "PAUSED";
    static final BigDecimal MAX_BID = new BigDecimal("1000");
    static final BigDecimal MAX_BUDGET = new BigDecimal("10000000000");
    static final int MAX_PRODUCTS = 100;

    @Inject
    private Campaigns campaigns;

    @Inject
    private AuctionIndexHolder indexes;

    /** The advertisers the user manages on that retailer: all of them, or its own. */
    public List<AdvertiserView> advertisers(DashboardUser user, long retailerId) {
        if (user.mayAccess(RetailConsole.RETAILER, Long.toString(retailerId))) {
            return campaigns.advertisers(retailerId);
        }
        return campaigns.advertisers(retailerId).stream()
                .filter(advertiser -> user.mayAccess(RetailConsole.ADVERTISER, Long.toString(advertiser.id())))
                .toList();
    }

    public AdvertiserView addAdvertiser(DashboardUser user, long retailerId, String name, String brand) {
        if (!user.mayAccess(RetailConsole.RETAILER, Long.toString(retailerId))) {
            throw new AccessDeniedException("Only the retailer adds advertisers to retailer " + retailerId + ".");
        }
        indexes.changed();
        return campaigns.advertiser(campaigns.addAdvertiser(retailerId, required(name, "name"), optional(brand)))
                .orElseThrow();
    }

    public List<CampaignView> campaigns(DashboardUser user, long advertiserId) {
        requireAdvertiser(user, advertiserId);
        return campaigns.campaigns(advertiserId);
    }

    public CampaignView addCampaign(DashboardUser user, long advertiserId, String name, LocalDate startsOn,
                                    LocalDate endsOn, BigDecimal dailyBudget, BigDecimal totalBudget) {
        requireAdvertiser(user, advertiserId);
        checkDates(startsOn, endsOn);
        checkBudgets(dailyBudget, totalBudget);
        indexes.changed();
        return campaigns.campaign(campaigns.addCampaign(advertiserId, required(name, "name"), startsOn, endsOn,
                dailyBudget, totalBudget, Instant.now())).orElseThrow();
    }

    public CampaignView changeCampaign(DashboardUser user, long campaignId, boolean active, LocalDate endsOn,
                                       BigDecimal dailyBudget, BigDecimal totalBudget) {
        CampaignView campaign = campaign(user, campaignId);
        checkDates(campaign.startsOn(), endsOn);
        checkBudgets(dailyBudget, totalBudget);
        campaigns.updateCampaign(campaignId, active ? ACTIVE : PAUSED, endsOn, dailyBudget, totalBudget,
                Instant.now());
        indexes.changed();
        return campaigns.campaign(campaignId).orElseThrow();
    }

    public List<AdGroupView> adGroups(DashboardUser user, long campaignId) {
        campaign(user, campaignId);
        return campaigns.adGroups(campaignId);
    }

    public AdGroupView addAdGroup(DashboardUser user, long campaignId, String name, String format,
                                  BigDecimal defaultBid) {
        campaign(user, campaignId);
        AdFormat adFormat;
        try {
            adFormat = AdFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidFieldException("format", "must be SP or DISPLAY");
        }
        indexes.changed();
        return campaigns.adGroup(campaigns.addAdGroup(campaignId, required(name, "name"), adFormat.name(),
                bid(defaultBid, "default_bid"), Instant.now())).orElseThrow();
    }

    public AdGroupView changeAdGroup(DashboardUser user, long adGroupId, boolean active, BigDecimal defaultBid,
                                     List<String> productIds) {
        adGroup(user, adGroupId);
        Instant now = Instant.now();
        campaigns.updateAdGroup(adGroupId, active ? ACTIVE : PAUSED, bid(defaultBid, "default_bid"), now);
        List<String> products = productIds.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct()
                .toList();
        if (products.size() > MAX_PRODUCTS || products.stream().anyMatch(id -> id.length() > 64 || id.contains(","))) {
            throw new InvalidFieldException("products", "at most " + MAX_PRODUCTS + " product ids of 1 to 64"
                    + " characters, without commas");
        }
        campaigns.replaceProducts(adGroupId, products, now);
        indexes.changed();
        return campaigns.adGroup(adGroupId).orElseThrow();
    }

    /** A keyword, normalised as auctions match it; {@code bid} {@code null}: the ad group's default. */
    public AdGroupView addKeyword(DashboardUser user, long adGroupId, String keyword, String matchType,
                                  BigDecimal bid) {
        adGroup(user, adGroupId);
        String normalized = Keywords.normalize(required(keyword, "keyword"));
        if (normalized.isEmpty() || normalized.length() > 200) {
            throw new InvalidFieldException("keyword", "must have 1 to 200 letters or digits");
        }
        MatchType match;
        try {
            match = MatchType.valueOf(matchType.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidFieldException("match_type", "must be EXACT, PHRASE, BROAD or NEGATIVE");
        }
        campaigns.addKeyword(adGroupId, normalized, match.name(), bid == null ? null : bid(bid, "bid"),
                Instant.now());
        indexes.changed();
        return campaigns.adGroup(adGroupId).orElseThrow();
    }

    public AdGroupView removeKeyword(DashboardUser user, long adGroupId, long keywordId) {
        adGroup(user, adGroupId);
        campaigns.removeKeyword(adGroupId, keywordId, Instant.now());
        indexes.changed();
        return campaigns.adGroup(adGroupId).orElseThrow();
    }

    private CampaignView campaign(DashboardUser user, long campaignId) {
        CampaignView campaign = campaigns.campaign(campaignId).orElseThrow(() -> new UnknownResourceException(
                "No campaign " + campaignId + "."));
        requireAdvertiser(user, campaign.advertiserId());
        return campaign;
    }

    private AdGroupView adGroup(DashboardUser user, long adGroupId) {
        AdGroupView group = campaigns.adGroup(adGroupId).orElseThrow(() -> new UnknownResourceException(
                "No ad group " + adGroupId + "."));
        campaign(user, group.campaignId());
        return group;
    }

    /** The user manages the advertiser: an admin, the retailer's user, or the advertiser's own. */
    private void requireAdvertiser(DashboardUser user, long advertiserId) {
        AdvertiserView advertiser = campaigns.advertiser(advertiserId).orElseThrow(() -> new UnknownResourceException(
                "No advertiser " + advertiserId + "."));
        if (!user.mayAccess(RetailConsole.RETAILER, Long.toString(advertiser.retailerId()))
                && !user.mayAccess(RetailConsole.ADVERTISER, Long.toString(advertiserId))) {
            throw new AccessDeniedException("Advertiser " + advertiserId + " is not yours to manage.");
        }
    }

    static void checkDates(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null) {
            throw new InvalidFieldException("starts_on", "is required");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidFieldException("ends_on", "must not be before starts_on");
        }
    }

    static void checkBudgets(BigDecimal daily, BigDecimal total) {
        if (daily == null || daily.signum() <= 0 || daily.stripTrailingZeros().scale() > 2
                || daily.compareTo(MAX_BUDGET) >= 0) {
            throw new InvalidFieldException("daily_budget", "must be a positive amount with at most two decimals");
        }
        if (total != null && (total.compareTo(daily) < 0 || total.stripTrailingZeros().scale() > 2)) {
            throw new InvalidFieldException("total_budget", "must be at least the daily budget, two decimals at most");
        }
    }

    static BigDecimal bid(BigDecimal bid, String field) {
        if (bid == null || bid.signum() <= 0 || bid.compareTo(MAX_BID) > 0 || bid.stripTrailingZeros().scale() > 4) {
            throw new InvalidFieldException(field, "must be a positive amount up to " + MAX_BID + ", four decimals");
        }
        return bid;
    }

    static String required(String text, String field) {
        if (text == null || text.isBlank() || text.strip().length() > 200) {
            throw new InvalidFieldException(field, "is required, 1 to 200 characters");
        }
        return text.strip();
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
