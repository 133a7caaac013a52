package io.trackline.cluster;

import static io.trackline.cluster.Figures.figure;
import static io.trackline.cluster.Figures.millis;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;

/** What a {@link BalancerLoad} had acknowledged, looked for in the cluster's database; figures say what was found. */
final class LoadAudit {

    private LoadAudit() {
    }

    /** Every acknowledged postback counted and stored, and nothing stored for the influencer besides. */
    static void assertEveryPostbackStored(String influencer, List<BalancerLoad.Postback> acknowledged) {
        assertTrue(acknowledged.stream().allMatch(BalancerLoad.Postback::counted), "every postback counted");
        List<ClusterDatabase.StoredPostback> stored = ClusterDatabase.postbacksOf(influencer);
        Set<String> lost = acknowledged.stream().map(BalancerLoad.Postback::id)
                .collect(Collectors.toCollection(HashSet::new));
        stored.forEach(postback -> lost.remove(postback.id()));
        figure("postbacks: %d acknowledged, %d stored, %d lost", acknowledged.size(), stored.size(), lost.size());
        assertEquals(Set.of(), lost, "acknowledged postbacks that are not in the database");
        assertEquals(acknowledged.size(), stored.size(), "stored postbacks: each acknowledged one once, nothing more");
    }

    /**
     * Every acknowledged auction recorded, with its winners, within {@code within}; an attempt that failed
     * at the kill may have been recorded too, as an auction of the same shopper.
     */
    static void assertEveryAuctionRecorded(String shoppers, List<BalancerLoad.Auction> acknowledged, long killed,
                                           Duration within) {
        Map<String, Integer> winners = acknowledged.stream().collect(Collectors.toMap(
                BalancerLoad.Auction::auctionGroupId, BalancerLoad.Auction::winners));
        long waiting = System.nanoTime();
        try {
            await("every acknowledged auction in the database").atMost(within).pollInterval(Duration.ofMillis(250))
                    .until(() -> recorded(shoppers).keySet().containsAll(winners.keySet()));
        } catch (ConditionTimeoutException e) {
            Set<String> missing = new HashSet<>(winners.keySet());
            missing.removeAll(recorded(shoppers).keySet());
            figure("auctions: %d acknowledged, %d not in the database %d s after the load", winners.size(),
                    missing.size(), within.toSeconds());
            throw new AssertionError(missing.size() + " acknowledged auctions not recorded within " + within
                    + ", e.g. " + missing.stream().limit(5).toList(), e);
        }
        long found = System.nanoTime();
        Map<String, Integer> recorded = recorded(shoppers);
        figure("auctions: %d acknowledged, all in the database %d ms after the load ended (%d ms after the kill);"
                + " %d recorded in all (with attempts that failed at the kill), 0 lost", winners.size(),
                millis(waiting, found), millis(killed, found), recorded.size());
        winners.forEach((group, count) -> assertEquals(count, recorded.get(group), "the winners of auction " + group));
    }

    /** The winners of each recorded auction of these shoppers, by auction group id. */
    private static Map<String, Integer> recorded(String shoppers) {
        return ClusterDatabase.auctionsOfShoppers(shoppers).stream().collect(Collectors.toMap(
                ClusterDatabase.RecordedAuction::auctionGroupId, ClusterDatabase.RecordedAuction::winners));
    }
}
