package io.trackline.influencer.domain;

import io.trackline.influencer.api.BrandView;
import io.trackline.influencer.api.NamedId;
import java.util.List;
import java.util.Optional;

/** What the dashboard reads of brands: brands, widgets, campaigns, influencers. */
public interface Brands {

    /** A widget's row as stored, its settings as JSON. */
    record WidgetRow(long id, long brandId, String brandCode, String code, String name, boolean antiCheat,
                     String settingsJson) {
    }

    List<BrandView> brands();

    Optional<BrandView> brand(long id);

    Optional<BrandView> brandByCode(String code);

    List<WidgetRow> widgets(long brandId);

    Optional<WidgetRow> widget(long brandId, long widgetId);

    List<String> eventTypes(long widgetId);

    List<NamedId> campaigns(long brandId);

    /** The influencers whose postbacks came in last, the latest first. */
    List<NamedId> influencers(long brandId);
}
