package io.trackline.auction.application;

import io.trackline.auction.api.ClickReceipt;
import io.trackline.auction.domain.PendingClick;
import io.trackline.platform.application.GroupCommit;
import io.trackline.platform.application.GroupCommits;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Group commit for retail clicks ({@link GroupCommit}): its writers (see {@link GroupCommits}), up to {@value #MAX_BATCH}
 * clicks per transaction of a few statements, instead of a transaction of five statements per click.
 */
@ApplicationScoped
public class ClickBatcher {

    static final int MAX_BATCH = 256;

    @Inject
    private GroupCommits groupCommits;

    @EJB
    private ClickWriter writer;

    private GroupCommit<PendingClick, ClickReceipt> groupCommit;

    @PostConstruct
    void start() {
        groupCommit = groupCommits.create("retail-click", writer::write, MAX_BATCH);
    }

    /** The click's receipt once its batch committed; 503 when the database could not take it in time. */
    public ClickReceipt write(PendingClick click) {
        return groupCommit.write(click);
    }

    @PreDestroy
    void stop() {
        groupCommits.stop(groupCommit);
    }
}
