package io.trackline.auction.api;

import io.trackline.platform.api.DashboardUser;
import io.trackline.retail.api.IssuedSigningKey;
import io.trackline.retail.api.ProductView;
import io.trackline.retail.api.RetailerSettings.SignatureScheme;
import io.trackline.retail.api.RetailerView;
import io.trackline.retail.api.SigningKeyView;
import java.util.List;
import java.util.Optional;

/** Retail media as the dashboard shows it, each call checked against who asks. */
public interface RetailDashboard {

    /** Products of a catalog search (the first 200), and how many the catalog has. */
    record Catalog(List<ProductView> products, long size) {
    }

    List<RetailerView> retailers(DashboardUser user);

    List<SigningKeyView> keys(DashboardUser user, long retailerId);

    IssuedSigningKey issueKey(DashboardUser user, long retailerId, String label);

    SigningKeyView revokeKey(DashboardUser user, long retailerId, long keyId);

    /** Which signatures the retailer accepts from now on (on other nodes within 10 s). */
    RetailerView acceptSignatures(DashboardUser user, long retailerId, SignatureScheme scheme);

    /** An advertiser's user gets its own campaigns' rows only, whatever the query asks. */
    RetailReport report(DashboardUser user, long retailerId, ReportQuery query);

    /** The retailer's catalog, searched by product id or name: its manager's and its advertisers' to see. */
    Catalog catalog(DashboardUser user, long retailerId, String search);

    Optional<AuctionTrace> trace(DashboardUser user, long retailerId, String auctionGroupId);

    /** Whether the user manages this retailer: an admin, or the retailer's own user. */
    boolean manages(DashboardUser user, long retailerId);
}
