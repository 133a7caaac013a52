package io.trackline.platform.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher on a real thread, without sleeps: the test waits on latches the consumer opens, and holds
 * the consumer at a gate when it needs the queue to fill.
 */
class OrderedDispatcherTest {

    private static final String LOST = "lost";

    private final List<Thread> threads = new ArrayList<>();
    private final Recorder recorder = new Recorder();
    private OrderedDispatcher<String> dispatcher;

    @AfterEach
    void stop() {
        dispatcher.stop(Duration.ofSeconds(5));
        threads.forEach(thread -> assertFalse(thread.isAlive(), "the thread should end once stopped"));
    }

    private void start(int capacity) {
        dispatcher = new OrderedDispatcher<>("test", runnable -> {
            Thread thread = new Thread(runnable);
            threads.add(thread);
            return thread;
        }, capacity, recorder);
        dispatcher.start();
    }

    @Test
    void itemsAreHandedOverInTheOrderSubmittedOnTheDispatchersOwnThread() throws InterruptedException {
        start(20_000);
        List<String> items = IntStream.range(0, 10_000).mapToObj(Integer::toString).toList();
        recorder.expect(items.size());

        items.forEach(dispatcher::submit);

        recorder.await();
        assertEquals(items, recorder.seen);
        assertEquals(List.of(threads.get(0)), recorder.threads.stream().distinct().toList());
    }

    @Test
    void whenTheQueueOverflowsWhatIsQueuedIsLetGoAndTheConsumerToldBeforeAnythingLater()
            throws InterruptedException {
        start(3);
        recorder.holdAt("first");
        dispatcher.submit("first");
        recorder.held.await(5, TimeUnit.SECONDS);
        for (String item : List.of("a", "b", "c", "refused", "after-refused")) {
            dispatcher.submit(item);
        }
        recorder.expect(2);

        recorder.gate.countDown();
        recorder.await();
        recorder.expect(1);
        dispatcher.submit("next");
        recorder.await();

        assertEquals(List.of("first", LOST, "next"), recorder.seen);
        assertEquals(0, dispatcher.queued());
    }

    @Test
    void aConsumerThatFailsOnOneItemStillGetsTheNextOnes() throws InterruptedException {
        start(10);
        recorder.failOn("poison");
        recorder.expect(3);

        dispatcher.submit("before");
        dispatcher.submit("poison");
        dispatcher.submit("after");

        recorder.await();
        assertEquals(List.of("before", "poison", "after"), recorder.seen);
    }

    @Test
    void nothingIsHandedOverOnceStopped() {
        start(10);
        dispatcher.stop(Duration.ofSeconds(5));

        dispatcher.submit("late");

        assertEquals(0, dispatcher.queued());
        assertTrue(recorder.seen.isEmpty());
    }

    /** Records what it is handed (and from which thread), and can fail or wait on a chosen item. */
    private static final class Recorder implements OrderedDispatcher.Consumer<String> {
        final List<String> seen = new CopyOnWriteArrayList<>();
        final List<Thread> threads = new CopyOnWriteArrayList<>();
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch gate = new CountDownLatch(1);
        private volatile CountDownLatch expected = new CountDownLatch(0);
        private volatile String holdAt;
        private volatile String failOn;

        void expect(int count) {
            expected = new CountDownLatch(count);
        }

        void await() throws InterruptedException {
            assertTrue(expected.await(10, TimeUnit.SECONDS), "handed over so far: " + seen);
        }

        void holdAt(String item) {
            holdAt = item;
        }

        void failOn(String item) {
            failOn = item;
        }

        @Override
        public void deliver(String item) {
            threads.add(Thread.currentThread());
            seen.add(item);
            if (item.equals(holdAt)) {
                held.countDown();
                try {
                    gate.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            expected.countDown();
            if (item.equals(failOn)) {
                throw new IllegalStateException("a listener failed on " + item);
            }
        }

        @Override
        public void lost() {
            seen.add(LOST);
            expected.countDown();
        }
    }
}
