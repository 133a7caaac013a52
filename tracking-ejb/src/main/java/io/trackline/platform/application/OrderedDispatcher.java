package io.trackline.platform.application;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands items to a consumer on a thread of its own, in the order they were submitted, so that whoever
 * submits (a thread that has just committed) never waits for the consumer. The queue is bounded: an item
 * that does not fit is not dropped quietly; whatever is queued then is let go and the consumer is told
 * ({@link Consumer#lost()}), so it can make those who missed items fetch them again.
 *
 * @param <T> what is handed over
 */
public final class OrderedDispatcher<T> {

    private static final Logger LOG = Logger.getLogger(OrderedDispatcher.class.getName());
    private static final long POLL_MILLIS = 200;

    /** What the dispatcher's thread calls. */
    public interface Consumer<T> {

        void deliver(T item);

        /** Items were let go because the queue was full: whatever depended on them must catch up. */
        void lost();
    }

    private final String name;
    private final ThreadFactory threads;
    private final Consumer<T> consumer;
    private final BlockingQueue<T> queue;
    private volatile boolean running;
    private volatile boolean overflowed;
    private Thread thread;

    public OrderedDispatcher(String name, ThreadFactory threads, int capacity, Consumer<T> consumer) {
        this.name = name;
        this.threads = threads;
        this.consumer = consumer;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    public synchronized void start() {
        running = true;
        thread = threads.newThread(this::dispatchUntilStopped);
        thread.setName("trackline-" + name);
        thread.start();
    }

    /**
     * Queues an item without waiting. Synchronised so that an item refused for want of room marks the
     * overflow before any later item can be queued: nothing submitted after a lost item is delivered
     * before the consumer hears of the loss, which would let a later item overtake the lost one.
     */
    public synchronized void submit(T item) {
        if (!running) {
            LOG.log(Level.FINE, "The {0} dispatcher has stopped; an item is not handed over", name);
            return;
        }
        if (!queue.offer(item)) {
            if (!overflowed) {
                LOG.log(Level.WARNING, "The {0} queue is full ({1} items): they are let go and their consumers"
                        + " catch up", new Object[] {name, queue.size()});
            }
            overflowed = true;
        }
    }

    /** Ends the thread after the item it is handing over, waiting for it at most {@code wait}. */
    public void stop(Duration wait) {
        Thread stopping;
        synchronized (this) {
            running = false;
            stopping = thread;
        }
        if (stopping == null) {
            return;
        }
        try {
            stopping.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopping.isAlive()) {
            stopping.interrupt();
        }
    }

    /** How many items wait to be handed over. */
    public int queued() {
        return queue.size();
    }

    private void dispatchUntilStopped() {
        try {
            while (running) {
                T item = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                // read after the poll: an item queued after a refused one sees the overflow marked
                if (overflowed) {
                    letQueuedGo();
                } else if (item != null) {
                    handOver(item);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!queue.isEmpty()) {
                queue.clear();
                tellLost();
            }
        }
    }

    private void letQueuedGo() {
        synchronized (this) {
            overflowed = false;
            queue.clear();
        }
        tellLost();
    }

    private void handOver(T item) {
        try {
            consumer.deliver(item);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // one bad item must not end the thread: every later one would wait forever
            LOG.log(Level.SEVERE, "The " + name + " dispatcher could not hand an item over; it goes on", e);
        }
    }

    private void tellLost() {
        try {
            consumer.lost();
        } catch (RuntimeException | LinkageError | AssertionError e) {
            LOG.log(Level.SEVERE, "The " + name + " dispatcher could not tell of lost items", e);
        }
    }
}
