package io.trackline.dashboard.influencer;

import io.trackline.influencer.api.BrandView;
import io.trackline.influencer.api.InfluencerDashboard;
import io.trackline.influencer.api.InfluencerReport;
import io.trackline.influencer.api.InfluencerReportQuery;
import io.trackline.influencer.api.NamedId;
import io.trackline.influencer.api.WidgetSettings;
import io.trackline.influencer.api.WidgetView;
import io.trackline.platform.api.DashboardUser;
import io.trackline.platform.api.IssuedSecret;
import io.trackline.platform.api.SecretView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Two brands with a widget each, and a report whose days count as their day of the month. */
class FakeInfluencerConsole implements InfluencerDashboard {

    static final BrandView ACME = new BrandView(1, "acme", "Acme");
    static final BrandView GLOBEX = new BrandView(2, "globex", "Globex");

    final List<String> calls = new ArrayList<>();

    @Override
    public List<BrandView> brands(DashboardUser user) {
        return List.of(ACME, GLOBEX);
    }

    @Override
    public List<NamedId> campaigns(DashboardUser user, long brandId) {
        calls.add("campaigns " + brandId);
        return List.of(new NamedId(10 * brandId, "launch"));
    }

    @Override
    public InfluencerReport report(DashboardUser user, long brandId, InfluencerReportQuery query) {
        calls.add("report " + brandId + " " + query.from() + ".." + query.to() + " campaign " + query.campaignId());
        List<InfluencerReport.Day> days = new ArrayList<>();
        for (LocalDate day = query.from(); !day.isAfter(query.to()); day = day.plusDays(1)) {
            days.add(new InfluencerReport.Day(day, day.getDayOfMonth(), 1));
        }
        InfluencerReport.Row total = new InfluencerReport.Row("Total", 0, 0);
        return new InfluencerReport(query, days, List.of(), List.of(), List.of(), total);
    }

    @Override
    public List<NamedId> influencers(DashboardUser user, long brandId) {
        return brandId == ACME.id() ? List.of(new NamedId(5, "ann b"), new NamedId(4, "anna"), new NamedId(3, "bob"))
                : List.of();
    }

    @Override
    public List<WidgetView> widgets(DashboardUser user, long brandId) {
        WidgetSettings settings = new WidgetSettings(List.of(new WidgetSettings.EventTypeLabel("reg", "Sign-ups")),
                null, new WidgetSettings.Alert("{label}!", 4000, "chime"),
                new WidgetSettings.Colors("#fff", "#9146ff", "transparent"), "");
        BrandView brand = brandId == ACME.id() ? ACME : GLOBEX;
        return List.of(new WidgetView(100 + brandId, brand.id(), brand.code(), "main widget", "Main", false, settings,
                List.of("reg", "follow")));
    }

    @Override
    public WidgetView saveWidget(DashboardUser user, long brandId, long widgetId, boolean antiCheat,
                                 WidgetSettings settings) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public void testAlert(DashboardUser user, long brandId, long widgetId, String influencer, String eventType) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public List<SecretView> accessKeys(DashboardUser user, long brandId) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public IssuedSecret issueAccessKey(DashboardUser user, long brandId, String label) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public void revokeAccessKey(DashboardUser user, long brandId, long keyId) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public IssuedSecret rotateAccessKey(DashboardUser user, long brandId, long keyId) {
        throw new UnsupportedOperationException("not used by these tests");
    }
}
