package io.trackline.influencer.api;

import java.util.Map;

/** The counts an overlay starts from, as of the counted postback {@code sequence}. */
public record WidgetSnapshot(long sequence, Map<String, Long> totals, long total) {

    public WidgetSnapshot {
        totals = Map.copyOf(totals);
    }
}
