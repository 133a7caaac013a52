package io.trackline.auction.application;

import io.trackline.auction.infrastructure.JdbcAuctionRecords;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;

/** Writes a batch of auctions and their winners in one transaction. */
@Stateless
public class AuctionLogWriter {

    @Inject
    private JdbcAuctionRecords records;

    public List<Boolean> write(List<AuctionRecord> batch) {
        records.insert(batch);
        return Collections.nCopies(batch.size(), Boolean.TRUE);
    }
}
