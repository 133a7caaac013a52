package io.trackline.influencer.api;

/**
 * An overlay watching a widget's live events, called on the live feed's dispatcher thread with every event
 * of its widget, whatever its campaign filter: events can come out of their order, and only their numbers
 * ({@link LiveWidgetEvent#sequence()}, 1, 2, 3… per widget) tell the listener what it has not seen yet.
 */
public interface LiveWidgetListener {

    void onLive(LiveWidgetEvent event);

    /**
     * Live events were let go before they reached this listener (the feed fell too far behind): it must
     * catch up from the store, e.g. by ending its stream so that the overlay reconnects with
     * {@code Last-Event-ID} and gets a replay.
     */
    void onMissed();
}
