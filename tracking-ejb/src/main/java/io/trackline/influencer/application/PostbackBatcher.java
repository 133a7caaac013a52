package io.trackline.influencer.application;

import io.trackline.influencer.api.PostbackReceipt;
import io.trackline.influencer.domain.PendingPostback;
import io.trackline.platform.application.GroupCommit;
import io.trackline.platform.application.GroupCommits;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;

/**
 * Group commit for postbacks ({@link GroupCommit}): its writers (see {@link GroupCommits}), up to {@value #MAX_BATCH}
 * postbacks per transaction, so one busy influencer's total is updated once per batch instead of once per
 * postback.
 */
@ApplicationScoped
public class PostbackBatcher {

    static final int MAX_BATCH = 256;

    @Inject
    private GroupCommits groupCommits;

    @EJB
    private PostbackService writer;

    private GroupCommit<PendingPostback, PostbackReceipt> groupCommit;

    @PostConstruct
    void start() {
        groupCommit = groupCommits.create("postback", writer::write, MAX_BATCH);
    }

    public CompletableFuture<PostbackReceipt> submit(PendingPostback postback) {
        return groupCommit.submit(postback);
    }

    @PreDestroy
    void stop() {
        groupCommits.stop(groupCommit);
    }
}
