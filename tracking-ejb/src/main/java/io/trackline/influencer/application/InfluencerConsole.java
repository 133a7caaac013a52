package io.trackline.influencer.application;

import io.trackline.influencer.api.BrandView;
import io.trackline.influencer.api.CustomerRef;
import io.trackline.influencer.api.InfluencerDashboard;
import io.trackline.influencer.api.InfluencerReport;
import io.trackline.influencer.api.InfluencerReportQuery;
import io.trackline.influencer.api.NamedId;
import io.trackline.influencer.api.WidgetSettings;
import io.trackline.influencer.api.WidgetView;
import io.trackline.influencer.domain.AccessKeys;
import io.trackline.influencer.domain.Brands.WidgetRow;
import io.trackline.influencer.domain.Brands;
import io.trackline.influencer.domain.InfluencerStats.Dimension;
import io.trackline.influencer.domain.InfluencerStats;
import io.trackline.influencer.domain.Product;
import io.trackline.influencer.domain.Products;
import io.trackline.platform.api.AccessDeniedException;
import io.trackline.platform.api.DashboardUser;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.IssuedSecret;
import io.trackline.platform.api.SecretView;
import io.trackline.platform.api.UnknownResourceException;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Influencer tracking as the dashboard shows it, each call checked against who asks: an admin works on
 * every brand, a brand's user on its own brand only (its reports, widgets and access keys); everyone
 * else sees no brand, and a call about a brand it may not see is refused (403) whatever page it came from.
 */
@Stateless
@Local(InfluencerDashboard.class)
public class InfluencerConsole implements InfluencerDashboard {

    static final String BRAND = "brand";
    static final int MAX_INFLUENCER = 100;

    @Inject
    private Brands brands;

    @Inject
    private InfluencerStats stats;

    @Inject
    private Products products;

    @Inject
    private AccessKeys keys;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private AccessKeyService accessKeys;

    @EJB
    private WidgetService widgets;

    public List<BrandView> brands(DashboardUser user) {
        if (user.admin()) {
            return brands.brands();
        }
        if (!BRAND.equals(user.role())) {
            return List.of();
        }
        return brands.brandByCode(user.tenant()).map(List::of).orElse(List.of());
    }

    public InfluencerReport report(DashboardUser user, long brandId, InfluencerReportQuery query) {
        brand(user, brandId);
        Map<String, InfluencerReport.Row> byDay = new HashMap<>();
        stats.figures(brandId, query, Dimension.DAY).forEach(row -> byDay.put(row.name(), row));
        List<InfluencerReport.Day> days = new ArrayList<>();
        long counted = 0;
        long filtered = 0;
        for (LocalDate day = query.from(); !day.isAfter(query.to()); day = day.plusDays(1)) {
            InfluencerReport.Row row = byDay.getOrDefault(day.toString(), new InfluencerReport.Row("", 0, 0));
            days.add(new InfluencerReport.Day(day, row.counted(), row.filtered()));
            counted += row.counted();
            filtered += row.filtered();
        }
        return new InfluencerReport(query, days, stats.figures(brandId, query, Dimension.INFLUENCER),
                stats.figures(brandId, query, Dimension.CAMPAIGN), stats.figures(brandId, query, Dimension.EVENT_TYPE),
                new InfluencerReport.Row("Total", counted, filtered));
    }

    public List<NamedId> campaigns(DashboardUser user, long brandId) {
        brand(user, brandId);
        return brands.campaigns(brandId);
    }

    public List<NamedId> influencers(DashboardUser user, long brandId) {
        brand(user, brandId);
        return brands.influencers(brandId);
    }

    public List<WidgetView> widgets(DashboardUser user, long brandId) {
        brand(user, brandId);
        return brands.widgets(brandId).stream().map(this::view).toList();
    }

    /** Stores the widget's settings; its overlays show them when they next load. */
    public WidgetView saveWidget(DashboardUser user, long brandId, long widgetId, boolean antiCheat,
                                 WidgetSettings settings) {
        brand(user, brandId);
        WidgetRow widget = widget(brandId, widgetId);
        WidgetSettingsRules.check(settings);
        Product product = products.product(brandId, widgetId).orElseThrow(() -> new UnknownResourceException(
                "The brand has no widget " + widgetId + "."));
        product.configure(antiCheat, ProductCatalog.settingsJson(settings));
        products.flushed();
        catalog.changed();
        return view(widget(brandId, widgetId));
    }

    /** Pops an alert on the widget's overlays for the influencer; nothing is stored or counted. */
    public void testAlert(DashboardUser user, long brandId, long widgetId, String influencer, String eventType) {
        BrandView brand = brand(user, brandId);
        WidgetRow widget = widget(brandId, widgetId);
        if (influencer == null || influencer.isBlank() || influencer.length() > MAX_INFLUENCER) {
            throw new InvalidFieldException("influencer_id", "Name the influencer, in at most 100 characters.");
        }
        List<String> declared = brands.eventTypes(widgetId);
        if (!declared.contains(eventType)) {
            throw new InvalidFieldException("event_type", "The widget knows the event types " + declared + ".");
        }
        widgets.testAlert(new CustomerRef(brand.id(), brand.code()), widget.code(), influencer, eventType, null);
    }

    public List<SecretView> accessKeys(DashboardUser user, long brandId) {
        brand(user, brandId);
        return keys.managed().list(brandId);
    }

    /** A new access key of the brand; its secret is in the answer and nowhere else. */
    public IssuedSecret issueAccessKey(DashboardUser user, long brandId, String label) {
        brand(user, brandId);
        return keys.managed().issue(brandId, label);
    }

    /** Revokes the key; once that commits, partners presenting it are refused on every node. */
    public void revokeAccessKey(DashboardUser user, long brandId, long keyId) {
        brand(user, brandId);
        keys.managed().revoke(brandId, keyId);
        accessKeys.changed();
    }

    /** A new key under the old one's label, and the old one revoked, in one transaction. */
    public IssuedSecret rotateAccessKey(DashboardUser user, long brandId, long keyId) {
        brand(user, brandId);
        IssuedSecret issued = keys.managed().rotate(brandId, keyId);
        accessKeys.changed();
        return issued;
    }

    private BrandView brand(DashboardUser user, long brandId) {
        BrandView brand = brands.brand(brandId).orElse(null);
        if (brand == null || !user.mayAccess(BRAND, brand.code())) {
            throw new AccessDeniedException("Brand " + brandId + " is not yours to see.");
        }
        return brand;
    }

    private WidgetRow widget(long brandId, long widgetId) {
        return brands.widget(brandId, widgetId).orElseThrow(() -> new UnknownResourceException(
                "The brand has no widget " + widgetId + "."));
    }

    private WidgetView view(WidgetRow row) {
        return new WidgetView(row.id(), row.brandId(), row.brandCode(), row.code(), row.name(), row.antiCheat(),
                ProductCatalog.parseSettings(row.settingsJson()), brands.eventTypes(row.id()));
    }
}
