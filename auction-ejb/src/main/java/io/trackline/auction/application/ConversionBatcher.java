package io.trackline.auction.application;

import io.trackline.auction.api.ConversionReceipt;
import io.trackline.auction.domain.PendingConversion;
import io.trackline.platform.application.GroupCommit;
import io.trackline.platform.application.GroupCommits;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Group commit for add-to-carts and purchases ({@link GroupCommit}): its writers (see {@link GroupCommits}), up to
 * {@value #MAX_BATCH} conversions per transaction of a few statements.
 */
@ApplicationScoped
public class ConversionBatcher {

    static final int MAX_BATCH = 256;

    @Inject
    private GroupCommits groupCommits;

    @EJB
    private ConversionWriter writer;

    private GroupCommit<PendingConversion, ConversionReceipt> groupCommit;

    @PostConstruct
    void start() {
        groupCommit = groupCommits.create("retail-conversion", writer::write, MAX_BATCH);
    }

    /** The conversion's receipt once its batch committed; 503 when the database could not take it in time. */
    public ConversionReceipt write(PendingConversion conversion) {
        return groupCommit.write(conversion);
    }

    @PreDestroy
    void stop() {
        groupCommits.stop(groupCommit);
    }
}
