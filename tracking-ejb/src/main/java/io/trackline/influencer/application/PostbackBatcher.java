package io.trackline.influencer.application;

import io.trackline.influencer.api.PostbackReceipt;
import io.trackline.platform.infrastructure.StoreFailures;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit for postbacks. Requests queue their postback and wait; {@value #WRITERS} writers each take
 * whatever has queued (up to {@value #MAX_BATCH}) and write it in one transaction. Under load, batches
 * grow by themselves, so one commit serves many requests, and one busy influencer's total is updated once
 * per batch instead of once per postback. A request's future completes only after its batch committed.
 * If the database cannot take the batch, every postback in it fails at once (503); if one postback is at
 * fault, the others are written one by one, so only that one fails.
 */
@ApplicationScoped
public class PostbackBatcher {

    private static final Logger LOG = Logger.getLogger(PostbackBatcher.class.getName());
    static final int WRITERS = 2;
    static final int MAX_BATCH = 256;

    private record Queued(PendingPostback postback, CompletableFuture<PostbackReceipt> receipt) {
    }

    private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean running = true;

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private PostbackService writer;

    public CompletableFuture<PostbackReceipt> submit(PendingPostback postback) {
        if (started.compareAndSet(false, true)) {
            for (int i = 0; i < WRITERS; i++) {
                executor.execute(this::writeUntilStopped);
            }
        }
        CompletableFuture<PostbackReceipt> receipt = new CompletableFuture<>();
        if (!running) {
            receipt.completeExceptionally(new IllegalStateException("Trackline is stopping"));
            return receipt;
        }
        queue.add(new Queued(postback, receipt));
        return receipt;
    }

    @PreDestroy
    void stop() {
        running = false;
    }

    private void writeUntilStopped() {
        List<Queued> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Queued first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The postback writer failed; it goes on", e);
            } finally {
                batch.forEach(queued -> queued.receipt().completeExceptionally(
                        new IllegalStateException("The postback writer stopped")));
                batch.clear();
            }
        }
    }

    private void write(List<Queued> batch) {
        try {
            List<PostbackReceipt> receipts = writer.write(batch.stream().map(Queued::postback).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).receipt().complete(receipts.get(i));
            }
        } catch (RuntimeException e) {
            if (batch.size() == 1 || StoreFailures.isUnavailable(e)) {
                batch.forEach(queued -> queued.receipt().completeExceptionally(e));
            } else {
                for (Queued queued : batch) {
                    write(List.of(queued));
                }
            }
        }
    }
}
