package io.trackline.influencer.api;

/** Where an overlay subscribes to its widget's live events, handed over once their transaction has committed. */
public interface WidgetSubscriptions {

    /** A registered overlay; close it when the overlay goes away. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    Subscription subscribe(WidgetKey widget, LiveWidgetListener listener);
}
