package io.trackline.auction.application;

import io.trackline.auction.api.AdvertiserView;
import io.trackline.auction.api.AuctionTrace;
import io.trackline.auction.api.ReportQuery;
import io.trackline.auction.api.RetailDashboard;
import io.trackline.auction.api.RetailReport;
import io.trackline.auction.domain.Campaigns;
import io.trackline.platform.api.AccessDeniedException;
import io.trackline.platform.api.DashboardUser;
import io.trackline.retail.api.IssuedSigningKey;
import io.trackline.retail.api.RetailCatalog;
import io.trackline.retail.api.RetailerManagement;
import io.trackline.retail.api.RetailerSettings.SignatureScheme;
import io.trackline.retail.api.RetailerView;
import io.trackline.retail.api.SigningKeyView;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Retail media as the dashboard shows it, each call checked against who asks: an admin sees every
 * retailer; a retailer's user its own retailer (settings, keys, catalog, reports, traces); an advertiser's
 * user its retailer's catalog and the reports of its own campaigns there, nothing else. Everyone else sees
 * no retailer, and a call for one it may not see is refused (403), whatever page it came from.
 */
@Stateless
@Local(RetailDashboard.class)
public class RetailConsole implements RetailDashboard {

    static final String RETAILER = "retailer";
    static final String ADVERTISER = "advertiser";
    /** How many products one catalog search shows at most. */
    static final int CATALOG_PAGE = 200;

    @EJB
    private RetailerManagement administration;

    @EJB
    private RetailReports reports;

    @Inject
    private AuctionService auctions;

    @Inject
    private Campaigns campaigns;

    @Inject
    private RetailCatalog catalog;

    public List<RetailerView> retailers(DashboardUser user) {
        if (user.admin()) {
            return administration.retailers();
        }
        return retailerOf(user).map(id -> List.of(administration.retailer(id))).orElse(List.of());
    }

    public List<SigningKeyView> keys(DashboardUser user, long retailerId) {
        requireManager(user, retailerId);
        return administration.keys(retailerId);
    }

    public IssuedSigningKey issueKey(DashboardUser user, long retailerId, String label) {
        requireManager(user, retailerId);
        return administration.issueKey(retailerId, label, null, null);
    }

    public SigningKeyView revokeKey(DashboardUser user, long retailerId, long keyId) {
        requireManager(user, retailerId);
        return administration.revokeKey(retailerId, keyId);
    }

    /** Which signatures the retailer accepts from now on (on other nodes within 10 s). */
    public RetailerView acceptSignatures(DashboardUser user, long retailerId, SignatureScheme scheme) {
        requireManager(user, retailerId);
        return administration.update(retailerId, administration.retailer(retailerId).settings()
                .withSignatureScheme(scheme));
    }

    /** An advertiser's user gets its own campaigns' rows only, whatever the query asks. */
    public RetailReport report(DashboardUser user, long retailerId, ReportQuery query) {
        if (ADVERTISER.equals(user.role())) {
            if (retailerOf(user).filter(id -> id == retailerId).isEmpty()) {
                throw denied(retailerId);
            }
            long advertiser = Long.parseLong(user.tenant());
            return reports.report(retailerId, new ReportQuery(query.from(), query.to(), query.level(), query.daily(),
                    advertiser, query.campaignId()));
        }
        requireManager(user, retailerId);
        return reports.report(retailerId, query);
    }

    /** The retailer's catalog, searched by product id or name: its manager's and its advertisers' to see. */
    public Catalog catalog(DashboardUser user, long retailerId, String search) {
        if (!manages(user, retailerId) && retailerOf(user).filter(id -> id == retailerId).isEmpty()) {
            throw denied(retailerId);
        }
        return new Catalog(catalog.products(retailerId, search, CATALOG_PAGE), catalog.productCount(retailerId));
    }

    public Optional<AuctionTrace> trace(DashboardUser user, long retailerId, String auctionGroupId) {
        requireManager(user, retailerId);
        return auctions.trace(retailerId, auctionGroupId);
    }

    /** Whether the user manages this retailer: an admin, or the retailer's own user. */
    public boolean manages(DashboardUser user, long retailerId) {
        return user.mayAccess(RETAILER, Long.toString(retailerId));
    }

    private void requireManager(DashboardUser user, long retailerId) {
        if (!manages(user, retailerId)) {
            throw denied(retailerId);
        }
    }

    /** The retailer a retailer's or an advertiser's user works on. */
    private Optional<Long> retailerOf(DashboardUser user) {
        if (RETAILER.equals(user.role())) {
            return Optional.of(Long.parseLong(user.tenant()));
        }
        if (ADVERTISER.equals(user.role())) {
            return campaigns.advertiser(Long.parseLong(user.tenant())).map(AdvertiserView::retailerId);
        }
        return Optional.empty();
    }

    private static AccessDeniedException denied(long retailerId) {
        return new AccessDeniedException("Retailer " + retailerId + " is not yours to see.");
    }
}
