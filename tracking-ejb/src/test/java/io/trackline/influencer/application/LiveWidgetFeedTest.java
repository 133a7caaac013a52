package io.trackline.influencer.application;

import static io.trackline.influencer.application.WidgetSubscribersTest.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.influencer.api.LiveWidgetEvent;
import io.trackline.influencer.api.LiveWidgetListener;
import io.trackline.influencer.api.WidgetKey;
import io.trackline.platform.domain.ClusterTopic;
import io.trackline.platform.domain.LocalBus;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The feed as the container runs it, with plain threads standing in for the managed thread factory. */
class LiveWidgetFeedTest {

    private static final WidgetKey WIDGET = new WidgetKey("default", "product", "influ_test", null);

    private final LiveWidgetFeed feed = new LiveWidgetFeed();
    private final LocalBus bus = new LocalBus();

    @AfterEach
    void stop() {
        feed.stop();
    }

    @Test
    void committedEventsReachAnOverlayInCommitOrderOffTheCommittingThreadPastAFailingOne()
            throws InterruptedException {
        start(1_000);
        Collecting overlay = new Collecting(500);
        feed.subscribe(WIDGET, new Failing());
        feed.subscribe(WIDGET, overlay);

        LongStream.rangeClosed(1, 500).forEach(sequence -> feed.onCommitted(event(WIDGET, sequence, null)));

        assertTrue(overlay.all.await(10, TimeUnit.SECONDS), "delivered so far: " + overlay.sequences.size());
        assertEquals(LongStream.rangeClosed(1, 500).boxed().toList(), overlay.sequences);
        assertNotSame(Thread.currentThread(), overlay.thread);
    }

    @Test
    void anEventAnotherNodePublishedReachesTheOverlaysHereAsItLeftThatNode() throws InterruptedException {
        start(1_000);
        Collecting overlay = new Collecting(1);
        feed.subscribe(WIDGET, overlay);
        LiveWidgetEvent sent = new LiveWidgetEvent(WIDGET, 7, "reg", "Registration", "sign-up", "spring", false);

        bus.fromAnotherNode(ClusterTopic.LIVE_EVENTS, LiveEventCodec.encode(sent));

        assertTrue(overlay.all.await(10, TimeUnit.SECONDS));
        assertEquals(sent, overlay.events.get(0));
    }

    private void start(int capacity) {
        feed.bus = bus;
        feed.capacity = capacity;
        feed.threads = new ManagedThreadFactory() {
            @Override
            public Thread newThread(Runnable task) {
                return new Thread(task);
            }

            @Override
            public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                throw new UnsupportedOperationException("the feed needs no fork-join pool");
            }
        };
        feed.start();
    }

    private static final class Collecting implements LiveWidgetListener {
        final List<Long> sequences = new CopyOnWriteArrayList<>();
        final List<LiveWidgetEvent> events = new CopyOnWriteArrayList<>();
        final CountDownLatch all;
        volatile Thread thread;

        Collecting(int expected) {
            all = new CountDownLatch(expected);
        }

        @Override
        public void onLive(LiveWidgetEvent event) {
            thread = Thread.currentThread();
            sequences.add(event.sequence());
            events.add(event);
            all.countDown();
        }

        @Override
        public void onMissed() {
            throw new AssertionError("nothing was let go");
        }
    }

    private static final class Failing implements LiveWidgetListener {
        @Override
        public void onLive(LiveWidgetEvent event) {
            throw new IllegalStateException("this overlay's connection is broken");
        }

        @Override
        public void onMissed() {
        }
    }
}
