package io.trackline.dashboard.influencer;

import io.trackline.dashboard.security.Viewer;
import io.trackline.dashboard.web.Choice;
import io.trackline.dashboard.web.Messages;
import io.trackline.influencer.api.BrandView;
import io.trackline.influencer.api.InfluencerDashboard;
import io.trackline.influencer.api.NamedId;
import io.trackline.influencer.api.WidgetView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The widgets page: a brand's widgets, the chosen one's overlay settings in a form, the overlay itself as
 * a live preview (reloaded when the settings are saved), its URL for OBS, and a test alert that pops on
 * every overlay of the widget, the preview included, without counting anything.
 */
@Named
@ViewScoped
public class WidgetsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PREVIEW_INFLUENCER = "preview";

    @EJB
    InfluencerDashboard console;

    @Inject
    Viewer viewer;

    private Choice brand;
    private List<WidgetView> widgets = List.of();
    private Choice widget;
    private WidgetForm form;
    private List<NamedId> influencers = List.of();
    private String influencer;
    private String testEventType;
    private long previewVersion;

    /** A brand asked for in the address ({@code ?brand=}), so that a report can be linked to. */
    private Long requestedBrand;

    @PostConstruct
    void load() {
        brand = Choice.of(console.brands(viewer.user()), BrandView::id, BrandView::name);
        widget = Choice.of(List.<WidgetView>of(), WidgetView::id, WidgetView::name);
    }

    /** On opening the page: the brand asked for, else the first one offered. */
    public void open() {
        if (requestedBrand != null) {
            brand.setChosen(requestedBrand);
        }
        if (brand.getChosen() != null) {
            brandChanged();
        }
    }

    public void brandChanged() {
        widgets = List.of();
        influencers = List.of();
        Messages.attempt(() -> {
            widgets = console.widgets(viewer.user(), brand.getChosen());
            influencers = console.influencers(viewer.user(), brand.getChosen());
        });
        widget = Choice.of(widgets, WidgetView::id, view -> view.name() + " (" + view.code() + ")");
        influencer = influencers.isEmpty() ? PREVIEW_INFLUENCER : influencers.get(0).name();
        widgetChanged();
    }

    public void widgetChanged() {
        WidgetView chosen = chosen();
        form = chosen == null ? null : WidgetForm.of(chosen.antiCheat(), chosen.settings(), chosen.eventTypes());
        testEventType = chosen == null || chosen.eventTypes().isEmpty() ? null : chosen.eventTypes().get(0);
        previewVersion++;
    }

    public void save() {
        Messages.attempt(() -> {
            WidgetView saved = console.saveWidget(viewer.user(), brand.getChosen(), widget.getChosen(),
                    form.isAntiCheat(), form.settings());
            widgets = widgets.stream().map(view -> view.id() == saved.id() ? saved : view).toList();
            previewVersion++;
            Messages.info("Saved. Overlays show the new settings when they next load; the preview has.");
        });
    }

    public void testAlert() {
        Messages.attempt(() -> {
            console.testAlert(viewer.user(), brand.getChosen(), widget.getChosen(), influencer, testEventType);
            Messages.info("Test alert sent to the overlays of " + influencer + ". Nothing was counted.");
        });
    }

    /** The preview follows another influencer's overlay. */
    public void influencerChanged() {
        previewVersion++;
    }

    /** The brand's influencers whose names start with what was typed. */
    public List<String> influencerNames(String typed) {
        String start = typed == null ? "" : typed.strip();
        return influencers.stream().map(NamedId::name).filter(name -> name.startsWith(start)).limit(20).toList();
    }

    /** The overlay's path for the chosen influencer; OBS needs it with the server's address in front. */
    public String getOverlayPath() {
        WidgetView chosen = chosen();
        if (chosen == null || influencer == null || influencer.isBlank()) {
            return null;
        }
        return "/widget/" + segment(chosen.brandCode()) + "/" + segment(chosen.code()) + "/" + segment(influencer);
    }

    /** The path the preview frame loads: changes whenever the preview should load again. */
    public String getPreviewPath() {
        String path = getOverlayPath();
        return path == null ? null : path + "?preview=" + previewVersion;
    }

    WidgetView chosen() {
        return widgets.stream().filter(view -> widget.getChosen() != null && view.id() == widget.getChosen())
                .findFirst().orElse(null);
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public Long getRequestedBrand() {
        return requestedBrand;
    }

    public void setRequestedBrand(Long requestedBrand) {
        this.requestedBrand = requestedBrand;
    }

    public Choice getBrand() {
        return brand;
    }

    public Choice getWidget() {
        return widget;
    }

    public WidgetView getChosenWidget() {
        return chosen();
    }

    public WidgetForm getForm() {
        return form;
    }

    public List<NamedId> getInfluencers() {
        return influencers;
    }

    public String getInfluencer() {
        return influencer;
    }

    public void setInfluencer(String influencer) {
        this.influencer = influencer == null ? null : influencer.strip();
    }

    public String getTestEventType() {
        return testEventType;
    }

    public void setTestEventType(String testEventType) {
        this.testEventType = testEventType;
    }
}
