package io.trackline.influencer.application;

import io.trackline.influencer.api.CustomerRef;
import io.trackline.influencer.api.LiveWidgetEvent;
import io.trackline.influencer.api.WidgetKey;
import io.trackline.influencer.api.WidgetSettings;
import io.trackline.influencer.api.WidgetSnapshot;
import io.trackline.influencer.api.Widgets;
import io.trackline.influencer.domain.Postbacks;
import io.trackline.influencer.domain.ProductRef;
import io.trackline.influencer.domain.WidgetTotals;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.UnknownResourceException;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an overlay reads: its settings, its totals, the counted postbacks it missed; and test alerts.
 * Each call is a (read-only) transaction of its own, so that refusing an unknown widget rolls back quietly.
 */
@Stateless
@LocalBean
@Local(Widgets.class)
public class WidgetService implements Widgets {

    @Inject
    private ProductCatalog catalog;

    @Inject
    private WidgetTotals totals;

    @Inject
    private Postbacks postbacks;

    @Inject
    private LiveWidgetFeed feed;

    /** The product's overlay settings; without counters of its own, it shows every declared event type. */
    public WidgetSettings settings(WidgetKey widget) {
        ProductRef product = product(widget);
        WidgetSettings settings = product.settings();
        if (settings.eventTypes() != null && !settings.eventTypes().isEmpty()) {
            return settings;
        }
        List<WidgetSettings.EventTypeLabel> declared = product.eventTypeNames().entrySet().stream()
                .map(type -> new WidgetSettings.EventTypeLabel(type.getKey(), type.getValue()))
                .toList();
        return new WidgetSettings(declared, settings.goal(), settings.alert(), settings.colors(),
                settings.customCss());
    }

    /** The widget's totals now, and the number of the last counted postback they include. */
    public WidgetSnapshot snapshot(WidgetKey widget) {
        ProductRef product = product(widget);
        Optional<Long> influencer = catalog.existingInfluencerId(product.customerId(), widget.influencerId());
        if (influencer.isEmpty()) {
            return new WidgetSnapshot(0, Map.of(), 0);
        }
        Long campaign = null;
        if (widget.campaign() != null) {
            Optional<Long> known = catalog.existingCampaignId(product.customerId(), widget.campaign());
            if (known.isEmpty()) {
                return new WidgetSnapshot(postbacks.lastSequence(product.id(), influencer.get()), Map.of(), 0);
            }
            campaign = known.get();
        }
        WidgetTotals.Counts counts = totals.counts(product.id(), influencer.get(), campaign);
        long total = counts.totals().values().stream().mapToLong(Long::longValue).sum();
        return new WidgetSnapshot(counts.sequence(), counts.totals(), total);
    }

    /**
     * The widget's counted postbacks numbered after {@code sequence}, in their order, at most {@code limit}:
     * all of them, whatever the overlay's campaign filter, which is the overlay's to apply (it needs every
     * number to know that it missed none).
     */
    public List<LiveWidgetEvent> countedAfter(WidgetKey widget, long sequence, int limit) {
        ProductRef product = product(widget);
        Optional<Long> influencer = catalog.existingInfluencerId(product.customerId(), widget.influencerId());
        if (influencer.isEmpty()) {
            return List.of();
        }
        WidgetKey route = widget.unfiltered();
        return postbacks.countedAfter(product.id(), influencer.get(), sequence, limit).stream()
                .map(row -> new LiveWidgetEvent(route, row.sequence(), row.eventType(), product.label(row.eventType()),
                        row.eventName(), row.campaign(), false))
                .toList();
    }

    /** Pops an alert on the widget's overlays without storing or counting anything. */
    public void testAlert(CustomerRef customer, String productCode, String influencerId, String eventType,
                          String campaign) {
        ProductRef product = catalog.product(customer.id(), productCode)
                .orElseThrow(() -> new InvalidFieldException("product",
                        "No product '" + productCode + "' belongs to this access key."));
        WidgetKey widget = new WidgetKey(customer.code(), productCode, influencerId, null);
        feed.publish(new LiveWidgetEvent(widget, 0, eventType, product.label(eventType), null, campaign, true));
    }

    private ProductRef product(WidgetKey widget) {
        return catalog.customerId(widget.customerCode())
                .flatMap(customerId -> catalog.product(customerId, widget.product()))
                .orElseThrow(() -> new UnknownResourceException(
                        "No widget '" + widget.product() + "' of customer '" + widget.customerCode() + "'."));
    }
}
