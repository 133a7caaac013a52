package io.trackline.web.widget;

import io.trackline.influencer.api.WidgetKey;
import io.trackline.platform.api.InvalidFieldException;

/**
 * The widget a URL names ({@code customer_code}, {@code product}, {@code influencer_id}, optional
 * {@code campaign}), held to the limits a postback is held to: a longer name can name no widget, and is
 * refused (400) before anything is looked up.
 */
final class WidgetAddress {

    static final int MAX_CODE = 64;
    static final int MAX_NAME = 100;

    private WidgetAddress() {
    }

    /** @param campaign {@code null} or blank for every campaign */
    static WidgetKey of(String customerCode, String product, String influencerId, String campaign) {
        String filter = campaign == null || campaign.isBlank() ? null : campaign.strip();
        return new WidgetKey(within(customerCode, "customer_code", MAX_CODE), within(product, "product", MAX_CODE),
                within(influencerId, "influencer_id", MAX_NAME), filter == null ? null
                : within(filter, "campaign", MAX_NAME));
    }

    private static String within(String value, String field, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidFieldException(field, "must be at most " + maxLength + " characters");
        }
        return value;
    }
}
