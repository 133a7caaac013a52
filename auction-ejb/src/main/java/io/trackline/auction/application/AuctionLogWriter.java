package io.trackline.auction.application;

import io.trackline.auction.domain.AuctionRecord;
import io.trackline.auction.domain.AuctionRecords;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/** Writes a batch of auctions and their winners in one transaction. */
@Stateless
public class AuctionLogWriter {

    @Inject
    private AuctionRecords records;

    /**
     * @param again the batch was tried before with an unknown outcome: those of its auctions recorded
     *              then are left out, so that each is recorded once
     */
    public void write(List<AuctionRecord> batch, boolean again) {
        List<AuctionRecord> toWrite = batch;
        if (again) {
            Set<String> recorded = records.recorded(batch.stream().map(AuctionRecord::auctionGroupId).toList());
            toWrite = batch.stream().filter(auction -> !recorded.contains(auction.auctionGroupId())).toList();
        }
        if (!toWrite.isEmpty()) {
            records.insert(toWrite);
        }
    }
}
