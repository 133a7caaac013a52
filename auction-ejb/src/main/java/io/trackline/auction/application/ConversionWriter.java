package io.trackline.auction.application;

import io.trackline.auction.api.ConversionReceipt;
import io.trackline.auction.domain.DailyStats;
import io.trackline.auction.domain.PendingConversion;
import io.trackline.auction.domain.StoredConversions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores a batch of add-to-carts and purchases in one transaction: each claims its key (a repeat, even
 * within the batch, answers the first one's lines as they were stored and counts nothing); the claimed ones
 * are attributed ({@link ConversionAttribution}), their lines stored and added to their ad groups' days.
 * Receipts exist only for what was committed.
 */
@Stateless
public class ConversionWriter {

    @Inject
    private StoredConversions conversions;

    @Inject
    private ConversionAttribution attribution;

    @Inject
    private DailyStats stats;

    /** Stores the batch in this transaction; receipts in the batch's order. */
    public List<ConversionReceipt> write(List<PendingConversion> batch) {
        boolean[] first = conversions.claim(batch);
        List<PendingConversion> claimed = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (first[i]) {
                claimed.add(batch.get(i));
            }
        }
        List<ConversionAttribution.Attributed> attributed = claimed.isEmpty() ? List.of()
                : attribution.attribute(claimed);
        List<StoredConversions.LineRow> lines = new ArrayList<>();
        Map<DailyStats.Key, DailyStats.Delta> deltas = new HashMap<>();
        for (ConversionAttribution.Attributed conversion : attributed) {
            lines.addAll(conversion.lines());
            conversion.deltas().forEach(delta -> deltas.merge(delta.key(), delta, DailyStats.Delta::plus));
        }
        conversions.insertLines(lines);
        stats.add(deltas.values());
        List<ConversionReceipt> receipts = new ArrayList<>(batch.size());
        int next = 0;
        for (int i = 0; i < batch.size(); i++) {
            PendingConversion conversion = batch.get(i);
            receipts.add(first[i]
                    ? new ConversionReceipt(conversion.eventKey(), false, attributed.get(next++).answered())
                    : new ConversionReceipt(conversion.eventKey(), true, conversions.lines(conversion.retailerId(),
                            conversion.kind(), conversion.eventKey())));
        }
        return receipts;
    }
}
