package io.trackline.influencer.api;

import java.util.List;

/**
 * What a product's overlay shows, stored as JSON on the product and served to the overlay as is.
 * Every part is optional; {@link #defaults()} fills what a product leaves out.
 */
public record WidgetSettings(List<EventTypeLabel> eventTypes, Goal goal, Alert alert, Colors colors,
                             String customCss) {

    /** A counter shown on the overlay, in order. */
    public record EventTypeLabel(String code, String label) {
    }

    /** A bar filling towards {@code target} counts of {@code eventType} ({@code null}: of every type). */
    public record Goal(String eventType, long target, String label) {
    }

    /**
     * The pop-up per counted postback: {@code template} may use {label}, {event_name}, {event_type},
     * {influencer}, {campaign} and {count}; {@code sound} is {@code chime} or {@code none}.
     */
    public record Alert(String template, int durationMs, String sound) {
    }

    public record Colors(String text, String accent, String background) {
    }

    public static WidgetSettings defaults() {
        return new WidgetSettings(List.of(), null, new Alert("{label}!", 4000, "chime"),
                new Colors("#ffffff", "#9146ff", "transparent"), "");
    }
}
