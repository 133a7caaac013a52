package io.trackline.influencer.api;

import io.trackline.platform.api.DashboardUser;
import io.trackline.platform.api.IssuedSecret;
import io.trackline.platform.api.SecretView;
import java.util.List;

/**
 * Influencer tracking as the dashboard shows it, each call checked against who asks: an admin works on
 * every brand, a brand's user on its own brand only; a call about a brand it may not see is refused (403).
 */
public interface InfluencerDashboard {

    List<BrandView> brands(DashboardUser user);

    InfluencerReport report(DashboardUser user, long brandId, InfluencerReportQuery query);

    List<NamedId> campaigns(DashboardUser user, long brandId);

    List<NamedId> influencers(DashboardUser user, long brandId);

    List<WidgetView> widgets(DashboardUser user, long brandId);

    /** Stores the widget's settings; its overlays show them when they next load. */
    WidgetView saveWidget(DashboardUser user, long brandId, long widgetId, boolean antiCheat,
                          WidgetSettings settings);

    /** Pops an alert on the widget's overlays for the influencer; nothing is stored or counted. */
    void testAlert(DashboardUser user, long brandId, long widgetId, String influencer, String eventType);

    List<SecretView> accessKeys(DashboardUser user, long brandId);

    /** A new access key of the brand; its secret is in the answer and nowhere else. */
    IssuedSecret issueAccessKey(DashboardUser user, long brandId, String label);

    /** Revokes the key; partners presenting it are refused within the key cache's few seconds. */
    void revokeAccessKey(DashboardUser user, long brandId, long keyId);

    /** A new key under the old one's label, and the old one revoked, in one transaction. */
    IssuedSecret rotateAccessKey(DashboardUser user, long brandId, long keyId);
}
