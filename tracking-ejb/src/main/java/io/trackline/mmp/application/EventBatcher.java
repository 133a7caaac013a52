package io.trackline.mmp.application;

import io.trackline.mmp.domain.PendingEvent;
import io.trackline.platform.application.GroupCommit;
import io.trackline.platform.application.GroupCommits;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;

/** Group commit for S2S events ({@link GroupCommit}): its writers (see {@link GroupCommits}), up to {@value #MAX_BATCH} a batch. */
@ApplicationScoped
public class EventBatcher {

    static final int MAX_BATCH = 256;

    @Inject
    private GroupCommits groupCommits;

    @EJB
    private EventService writer;

    private GroupCommit<PendingEvent, WrittenEvent> groupCommit;

    @PostConstruct
    void start() {
        groupCommit = groupCommits.create("S2S event", writer::write, MAX_BATCH);
    }

    public CompletableFuture<WrittenEvent> submit(PendingEvent event) {
        return groupCommit.submit(event);
    }

    @PreDestroy
    void stop() {
        groupCommits.stop(groupCommit);
    }
}
