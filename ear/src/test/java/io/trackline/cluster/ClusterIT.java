package io.trackline.cluster;

import static io.trackline.cluster.Figures.figure;
import static io.trackline.cluster.Figures.max;
import static io.trackline.cluster.Figures.median;
import static io.trackline.cluster.Figures.millis;
import static io.trackline.cluster.RetailRequest.COLA_RETAILER;
import static io.trackline.cluster.RetailRequest.SOFT_DRINKS_RETAILER;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes of one cluster ({@code scripts/cluster.sh up}: one database, one Kafka bus), each checked
 * directly, not through the balancer: an overlay on one node gets what the other node counted; every
 * counted postback of a widget reaches the overlays of both nodes once, in the order of its number; an
 * overlay that moves to the other node with {@code Last-Event-ID} gets exactly what it missed; an access
 * key revoked on one node is refused on the other within a second; a click on one node finds the winner of
 * an auction just run on the other and is billed once, wherever it is repeated; either node answers the
 * decision trace of an auction run on the other; a signed request that succeeded on one node is a replay on
 * the other (409, or for Standard Webhooks the first answer again); and, last because it kills node 2, a
 * kill -9 under load through the balancer loses no acknowledged postback or auction, and the overlay that
 * was on the killed node resumes on the other with every number once. Plain HTTP and JDBC, nothing
 * deployed: the nodes are the system properties {@code trackline.cluster.node1} and
 * {@code trackline.cluster.node2}. Each test makes an influencer and shoppers of its own, so runs against
 * one cluster do not meet. Figures go to standard output as lines starting {@code cluster:}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Node NODE_1 = new Node("node 1",
            System.getProperty("trackline.cluster.node1", "http://localhost:9080"));
    private static final Node NODE_2 = new Node("node 2",
            System.getProperty("trackline.cluster.node2", "http://localhost:9081"));
    private static final Node BALANCER = new Node("the balancer",
            System.getProperty("trackline.cluster.balancer", "http://localhost:8080"));
    private static final String NODE_2_SERVER = "trackline-node2";
    private static final String DEMO_ACCESS_KEY = "test-access-key";
    private static final String REPLAYED = "urn:trackline:problem:replayed-request";
    /** How long a counted postback may take to reach an overlay before it counts as lost. */
    private static final Duration DELIVERY = Duration.ofSeconds(10);
    /** How long an overlay must then stay silent: nothing twice, nothing extra. */
    private static final Duration QUIET = Duration.ofSeconds(1);
    private static final Duration REVOCATION = Duration.ofSeconds(1);
    /** How long node 2 is watched after that, so that a late revocation fails with its figure. */
    private static final Duration REVOCATION_WATCH = Duration.ofSeconds(15);
    private static final int CONCURRENT_POSTBACKS = 200;
    /** Clicks on one campaign, all but the first at once, spread over both nodes. */
    private static final int OVERSPEND_CLICKS = 17;
    /** A daily budget no test reaches, so that only the total budget stops billing. */
    private static final BigDecimal LARGE_BUDGET = new BigDecimal("1000000");
    private static final int SENDERS = 8;
    /** How long a retailer's changed settings may take to reach both nodes. */
    private static final Duration SETTINGS_CHANGE = Duration.ofSeconds(15);
    /** The load under which node 2 is killed, and when in it. */
    private static final Duration LOAD = Duration.ofSeconds(10);
    private static final Duration KILL_AFTER = Duration.ofSeconds(4);
    private static final int LOAD_POSTBACK_SENDERS = 4;
    private static final int LOAD_AUCTION_SENDERS = 2;
    private static final Duration LOAD_PACE = Duration.ofMillis(25);
    /**
     * How long an acknowledged auction may take to be in the database after the load: the killed node's
     * partitions pass to the other node once Kafka's consumer group notices it is gone (its session timeout,
     * 10 s after the kill; the load goes on 6 s after the kill).
     */
    private static final Duration RECORDING = Duration.ofSeconds(30);

    private final List<Overlay> overlays = new ArrayList<>();

    @BeforeAll
    static void bothNodesAreReadyAndHaveTheDemoRetailersWinners() {
        for (Node node : List.of(NODE_1, NODE_2)) {
            HttpResponse<String> ready = node.send(node.request("/health/ready").GET().build());
            assertEquals(200, ready.statusCode(), node + " is not ready (scripts/cluster.sh up?): " + ready.body());
            // the auction index loads the demo's advertisers at its first check after the start
            for (RetailRequest auction : List.of(RetailRequest.colaSearch(newShopper()),
                    softDrinks(newShopper(), null))) {
                await(node + ": winners for " + auction.json()).atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> node.send(auction.seedSigned(node)).statusCode() == 200);
            }
        }
    }

    @AfterAll
    static void reportRetries() {
        figure("%d postback attempts were answered 503 (the store's deadline) and retried", Node.retried());
    }

    @AfterEach
    void closeOverlays() {
        overlays.forEach(Overlay::close);
    }

    @Test
    void anOverlayOnNodeTwoSeesAPostbackSentToNodeOne() throws InterruptedException {
        String influencer = newInfluencer();
        Overlay overlay = open(NODE_2, influencer, null);
        assertStartsWithSnapshot(overlay);

        Node.Sent sent = NODE_1.countedPostback(DEMO_ACCESS_KEY, influencer, "crossing");
        Overlay.Event event = overlay.take(1, DELIVERY, "the postback sent to node 1").get(0);

        figure("a postback to node 1, answered in %d ms, reached an overlay on node 2 %d ms after it was sent",
                millis(sent.sent(), sent.answered()), millis(sent.sent(), event.received()));
        assertEquals("postback", event.name(), event.toString());
        assertEquals("1", event.id(), event.toString());
        assertEquals("crossing", event.eventName(), event.toString());
    }

    @Test
    void anOverlayMovingFromNodeOneToNodeTwoGetsExactlyWhatItMissedInOrder() throws InterruptedException {
        String influencer = newInfluencer();
        Overlay first = open(NODE_1, influencer, null);
        assertStartsWithSnapshot(first);
        List<String> seen = List.of("seen-1", "seen-2", "seen-3");
        seen.forEach(tag -> NODE_1.countedPostback(DEMO_ACCESS_KEY, influencer, tag));
        List<Overlay.Event> before = first.take(seen.size(), DELIVERY, "the postbacks before the move");
        assertNumberedFrom(1, seen, before, first);
        first.close();

        List<String> missed = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            String tag = "missed-" + i;
            (i % 2 == 1 ? NODE_1 : NODE_2).countedPostback(DEMO_ACCESS_KEY, influencer, tag);
            missed.add(tag);
        }
        long reconnected = System.nanoTime();
        Overlay resumed = open(NODE_2, influencer, before.get(before.size() - 1).id());
        List<Overlay.Event> replay = resumed.take(missed.size(), DELIVERY, "the replay of what was missed");
        figure("an overlay reconnecting to node 2 had the %d postbacks it missed %d ms after it reconnected",
                missed.size(), millis(reconnected, replay.get(replay.size() - 1).received()));
        assertNumberedFrom(1 + seen.size(), missed, replay, resumed);
        resumed.assertQuiet(QUIET, "after its replay");

        NODE_1.countedPostback(DEMO_ACCESS_KEY, influencer, "live");
        assertNumberedFrom(1 + seen.size() + missed.size(), List.of("live"),
                resumed.take(1, DELIVERY, "the live postback after the replay"), resumed);
        resumed.assertQuiet(QUIET, "after the live postback");
    }

    @Test
    void concurrentPostbacksOverBothNodesReachAnOverlayOnEachNodeOnceAndInOrder() throws Exception {
        String influencer = newInfluencer();
        List<Overlay> watching = List.of(open(NODE_1, influencer, null), open(NODE_2, influencer, null));
        for (Overlay overlay : watching) {
            assertStartsWithSnapshot(overlay);
        }
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        List<Callable<Void>> postbacks = new ArrayList<>();
        for (int i = 0; i < CONCURRENT_POSTBACKS; i++) {
            Node node = i % 2 == 0 ? NODE_1 : NODE_2;
            String tag = "concurrent-" + i;
            postbacks.add(() -> {
                Node.Sent sent = node.countedPostback(DEMO_ACCESS_KEY, influencer, tag);
                sentAt.put(tag, sent.sent());
                answeredAt.put(tag, sent.answered());
                return null;
            });
        }

        long start = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            for (Future<Void> sent : senders.invokeAll(postbacks)) {
                sent.get();
            }
        } finally {
            senders.shutdownNow();
        }
        long answered = System.nanoTime();
        figure("%d postbacks, every other one to each node, from %d threads, answered in %d ms",
                CONCURRENT_POSTBACKS, SENDERS, millis(start, answered));

        for (Overlay overlay : watching) {
            List<Overlay.Event> events = overlay.take(CONCURRENT_POSTBACKS, Duration.ofSeconds(30),
                    "the concurrent postbacks");
            List<String> ids = events.stream().map(Overlay.Event::id).toList();
            assertEquals(LongStream.rangeClosed(1, CONCURRENT_POSTBACKS).mapToObj(Long::toString).toList(), ids,
                    overlay + ": the numbers 1.." + CONCURRENT_POSTBACKS + ", each once, in order");
            assertEquals(sentAt.keySet(), events.stream().map(Overlay.Event::eventName).collect(Collectors.toSet()),
                    overlay + ": every postback sent, each once");
            overlay.assertQuiet(QUIET, "after the concurrent postbacks");
            List<Long> fromSend = events.stream()
                    .map(event -> millis(sentAt.get(event.eventName()), event.received())).sorted().toList();
            List<Long> fromAnswer = events.stream()
                    .map(event -> millis(answeredAt.get(event.eventName()), event.received())).sorted().toList();
            figure("%s: all %d in order, the last at %+d ms from the last answer; from send to overlay median %d ms,"
                    + " max %d ms; from answer to overlay median %d ms, max %d ms", overlay, CONCURRENT_POSTBACKS,
                    millis(answered, events.get(events.size() - 1).received()), median(fromSend), max(fromSend),
                    median(fromAnswer), max(fromAnswer));
        }
    }

    @Test
    void anAccessKeyRevokedOnNodeOneIsRefusedOnNodeTwoWithinASecond() {
        String influencer = newInfluencer();
        String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        Dashboard dashboard = Dashboard.signIn(NODE_1, "brand", "trackline-demo");
        String label = "cluster " + UUID.randomUUID();
        String key = dashboard.issueAccessKey(label);
        NODE_2.countedPostback(key, influencer, "before"); // node 2 knows the key before it is revoked

        dashboard.revokeAccessKey(label);
        long revoked = System.nanoTime();
        await("node 2 refusing the access key revoked on node 1").atMost(REVOCATION_WATCH)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> NODE_2.postback(key, influencer, "after", address).statusCode() == 401);
        long took = millis(revoked, System.nanoTime());
        figure("an access key revoked on node 1 was refused on node 2 %d ms later", took);

        assertEquals(401, NODE_1.postback(key, influencer, "after", address).statusCode(),
                "node 1, where it was revoked, refuses it");
        assertTrue(took <= REVOCATION.toMillis(), "node 2 refused the access key revoked on node 1 only after "
                + took + " ms, not within " + REVOCATION.toMillis() + " ms");
    }

    @Test
    void aClickOnNodeTwoRightAfterItsAuctionOnNodeOneIsBilledOnceAndItsRepeatOnNodeOneIsADuplicate() {
        String uid = newShopper();
        JsonObject winner = Node.json(ok(NODE_1, RetailRequest.colaSearch(uid))).getJsonArray("winning_bids")
                .getJsonObject(0);
        String auctionId = winner.getString("auction_id");
        long campaign = winner.getJsonNumber("campaign_id").longValue();
        BigDecimal spentBefore = ClusterDatabase.spentTotal(campaign);
        RetailRequest click = RetailRequest.click(COLA_RETAILER, auctionId, uid);

        long sent = System.nanoTime();
        JsonObject first = Node.json(ok(NODE_2, click));
        long answered = System.nanoTime();
        JsonObject repeated = Node.json(ok(NODE_1, click));

        figure("a click on node 2 on the winner of an auction just run on node 1 was answered in %d ms: %s",
                millis(sent, answered), first);
        assertTrue(first.getBoolean("billed"), "node 2 bills the click: " + first);
        assertFalse(first.getBoolean("duplicate"), "the first click is no duplicate: " + first);
        BigDecimal price = first.getJsonNumber("price").bigDecimalValue();
        assertTrue(repeated.getBoolean("duplicate"), "node 1 knows the click is a repeat: " + repeated);
        assertTrue(repeated.getBoolean("billed"), "a repeat answers the first outcome: " + repeated);
        assertEquals(0, price.compareTo(repeated.getJsonNumber("price").bigDecimalValue()), repeated.toString());
        List<ClusterDatabase.StoredClick> stored = ClusterDatabase.clicksOn(auctionId);
        assertEquals(1, stored.size(), "one click stored: " + stored);
        assertTrue(stored.get(0).billed() && stored.get(0).price().compareTo(price) == 0, stored.toString());
        assertEquals(0, spentBefore.add(price).compareTo(ClusterDatabase.spentTotal(campaign)),
                "campaign " + campaign + " spent " + spentBefore + " before, and then the price " + price + " once");
    }

    /**
     * Billing is one conditional update of the campaign's row, whichever node bills: a click is charged only
     * while the campaign has spent less than its budget, so concurrent clicks over both nodes overspend it by
     * less than one click's price. Here the budget left is about three clicks, and sixteen click at once.
     */
    @Test
    void concurrentClicksOverBothNodesSpendACampaignsBudgetAndNoMore() throws Exception {
        List<String> shoppers = new ArrayList<>();
        List<String> auctionIds = new ArrayList<>();
        Long campaign = null;
        for (int i = 0; auctionIds.size() < OVERSPEND_CLICKS && i < 10 * OVERSPEND_CLICKS; i++) {
            String uid = newShopper();
            JsonObject winner = Node.json(ok(i % 2 == 0 ? NODE_1 : NODE_2, RetailRequest.colaSearch(uid)))
                    .getJsonArray("winning_bids").getJsonObject(0);
            long won = winner.getJsonNumber("campaign_id").longValue();
            if (campaign == null || campaign == won) {
                campaign = won;
                shoppers.add(uid);
                auctionIds.add(winner.getString("auction_id"));
            }
        }
        assertEquals(OVERSPEND_CLICKS, auctionIds.size(), "auctions won by campaign " + campaign);
        ClusterDatabase.Budgets before = ClusterDatabase.budgets(campaign);
        BigDecimal spentBefore = ClusterDatabase.spentTotal(campaign);
        List<JsonObject> answers = new ArrayList<>();
        try {
            ClusterDatabase.setBudgets(campaign, new ClusterDatabase.Budgets(LARGE_BUDGET, null));
            BigDecimal price = firstPrice(campaign, auctionIds.get(0), shoppers.get(0));
            BigDecimal budget = ClusterDatabase.spentTotal(campaign).add(price.multiply(BigDecimal.valueOf(3)));
            ClusterDatabase.setBudgets(campaign, new ClusterDatabase.Budgets(LARGE_BUDGET, budget));
            ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
            List<Future<JsonObject>> clicks = new ArrayList<>();
            for (int i = 1; i < OVERSPEND_CLICKS; i++) {
                Node node = i % 2 == 0 ? NODE_1 : NODE_2;
                RetailRequest click = RetailRequest.click(COLA_RETAILER, auctionIds.get(i), shoppers.get(i));
                clicks.add(senders.submit(() -> Node.json(ok(node, click))));
            }
            for (Future<JsonObject> click : clicks) {
                answers.add(click.get(30, TimeUnit.SECONDS));
            }
            senders.shutdown();
            List<BigDecimal> billed = answers.stream().filter(answer -> answer.getBoolean("billed"))
                    .map(answer -> answer.getJsonNumber("price").bigDecimalValue()).toList();
            BigDecimal overspent = ClusterDatabase.spentTotal(campaign).subtract(budget);
            figure("%d clicks at once over both nodes on campaign %d with about 3 clicks' budget left: %d billed"
                    + " (%s), overspent by %s", OVERSPEND_CLICKS - 1, campaign, billed.size(), billed, overspent);
            assertTrue(overspent.signum() >= 0, "the clicks spent the budget: " + answers);
            assertTrue(overspent.compareTo(billed.stream().max(Comparator.naturalOrder()).orElseThrow()) < 0,
                    "overspent by less than one click's price: " + overspent + ", " + billed);
            assertTrue(answers.stream().filter(answer -> !answer.getBoolean("billed"))
                    .allMatch(answer -> "budget_exhausted".equals(answer.getString("reason", null))), answers.toString());
        } finally {
            ClusterDatabase.setBudgets(campaign, before);
        }
        assertTrue(spentBefore.compareTo(ClusterDatabase.spentTotal(campaign)) < 0, "the clicks were billed");
    }

    /** Bills the first click (so the price is known) and answers it. */
    private static BigDecimal firstPrice(long campaign, String auctionId, String uid) {
        JsonObject first = Node.json(ok(NODE_1, RetailRequest.click(COLA_RETAILER, auctionId, uid)));
        assertTrue(first.getBoolean("billed"), "campaign " + campaign + " has budget before the test: " + first);
        return first.getJsonNumber("price").bigDecimalValue();
    }

    @Test
    void theDecisionTraceOfAnAuctionOnNodeOneIsAnsweredAlikeByNodeTwoAndNodeOne() {
        String group = Node.json(ok(NODE_1, RetailRequest.colaSearch(newShopper()))).getString("auction_group_id");
        RetailRequest ask = RetailRequest.trace(COLA_RETAILER, group);

        long asked = System.nanoTime();
        JsonObject fromNode2 = Node.json(ok(NODE_2, ask));
        long answered = System.nanoTime();
        JsonObject fromNode1 = Node.json(ok(NODE_1, ask));

        figure("node 2 answered the decision trace of an auction run on node 1 in %d ms", millis(asked, answered));
        assertFalse(fromNode1.getJsonArray("candidates").isEmpty(), fromNode1.toString());
        assertEquals(fromNode1, fromNode2, "the trace from node 2 is the one node 1 holds");
    }

    @Test
    void aSeedSignedAuctionThatSucceededOnNodeOneIsRefusedAsAReplayOnNodeTwo() {
        ManagementApi admin = ManagementApi.asDemoAdmin(NODE_1);
        admin.replayProtection(SOFT_DRINKS_RETAILER, true);
        try {
            for (Node node : List.of(NODE_1, NODE_2)) {
                await(node + " asking retailer " + SOFT_DRINKS_RETAILER + " for a signed ts")
                        .atMost(SETTINGS_CHANGE).pollInterval(Duration.ofMillis(100)).until(() -> asksForTs(node));
            }
            RetailRequest auction = softDrinks(newShopper(), Instant.now().getEpochSecond());

            ok(NODE_1, auction);
            HttpResponse<String> replayed = NODE_2.send(auction.seedSigned(NODE_2));

            assertProblem(409, REPLAYED, replayed, NODE_2 + ": the copy of a request that succeeded on node 1");
            assertProblem(409, REPLAYED, NODE_1.send(auction.seedSigned(NODE_1)),
                    NODE_1 + ": the copy of a request that succeeded there");
        } finally {
            admin.replayProtection(SOFT_DRINKS_RETAILER, false);
        }
    }

    @Test
    void aStandardWebhooksRequestRepeatedOnNodeTwoGetsNodeOnesAnswerAgain() {
        RetailRequest auction = RetailRequest.colaSearch(newShopper());
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        long timestamp = Instant.now().getEpochSecond();

        HttpResponse<String> first = NODE_1.send(auction.webhookSigned(NODE_1, id, timestamp));
        HttpResponse<String> repeated = NODE_2.send(auction.webhookSigned(NODE_2, id, timestamp));

        assertEquals(200, first.statusCode(), NODE_1 + ": " + first.body());
        assertEquals(200, repeated.statusCode(), NODE_2 + ": the repeat of " + id + ": " + repeated.body());
        assertEquals(first.body(), repeated.body(), NODE_2 + " answers node 1's answer again, byte for byte");
        assertEquals("true", repeated.headers().firstValue("Idempotent-Replayed").orElse(null),
                NODE_2 + ": " + repeated.headers().map());
    }

    /**
     * Last: it kills node 2. Postbacks and auctions go through the balancer for {@link #LOAD}, with an
     * overlay of the postbacks' widget on node 2; {@link #KILL_AFTER} in, node 2 gets SIGKILL. Whatever was
     * acknowledged must be stored, and the overlay, moved to node 1 with its {@code Last-Event-ID}, must
     * have every number once.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void killingNodeTwoUnderLoadLosesNothingAcknowledgedAndItsOverlayResumesOnNodeOne() throws Exception {
        NodeProcess node2 = NodeProcess.of(NODE_2_SERVER);
        String influencer = newInfluencer();
        String shoppers = newShopper() + "-";
        Overlay watched = open(NODE_2, influencer, null);
        assertStartsWithSnapshot(watched);
        BalancerLoad load = BalancerLoad.start(BALANCER, DEMO_ACCESS_KEY, influencer, shoppers, LOAD,
                LOAD_POSTBACK_SENDERS, LOAD_AUCTION_SENDERS, LOAD_PACE);
        long killed;
        long ended;
        long reconnected;
        Overlay resumed;
        List<Overlay.Event> beforeKill;
        try {
            await("the load running " + KILL_AFTER.toMillis() + " ms, its postbacks on node 2's overlay")
                    .atMost(KILL_AFTER.plus(DELIVERY)).pollInterval(Duration.ofMillis(20))
                    .until(() -> millis(load.started(), System.nanoTime()) >= KILL_AFTER.toMillis()
                            && !postbacks(watched).isEmpty());
            killed = node2.kill();
            ended = watched.awaitEnd(DELIVERY);
            beforeKill = postbacks(watched);
            resumed = open(NODE_1, influencer, beforeKill.get(beforeKill.size() - 1).id());
            reconnected = System.nanoTime();
            node2.awaitGone(Duration.ofSeconds(10));
            load.awaitEnd(LOAD.plusSeconds(BalancerLoad.RETRY_SECONDS + 10));
        } finally {
            load.stop();
        }
        List<BalancerLoad.Postback> postbacks = load.postbacks();
        List<BalancerLoad.Auction> auctions = load.auctions();
        figure("under load through the balancer, %d ms in, node 2 was killed: %d of %d postbacks and %d of %d"
                + " auctions acknowledged; %d attempts got no answer and were sent again; %d postbacks were"
                + " answered again (Idempotent-Replayed) on a retry", millis(load.started(), killed), postbacks.size(),
                load.postbacksSent(), auctions.size(), load.auctionsSent(), load.failedAttempts(),
                postbacks.stream().filter(BalancerLoad.Postback::replayed).count());
        BalancerLoad.Postback slowest = postbacks.stream().max(Comparator.comparingLong(
                postback -> postback.acknowledged() - postback.sent())).orElseThrow();
        figure("the slowest postback took %d ms (%d attempts), sent %+d ms from the kill", millis(slowest.sent(),
                slowest.acknowledged()), slowest.attempts(), millis(killed, slowest.sent()));
        assertEquals(List.of(), load.unacknowledged(), "every request acknowledged in the end, retried if need be");

        LoadAudit.assertEveryPostbackStored(influencer, postbacks);
        LoadAudit.assertEveryAuctionRecorded(shoppers, auctions, killed, RECORDING);
        assertResumedWithEveryNumberOnce(watched, beforeKill, resumed, postbacks.size(), killed, ended, reconnected);
    }

    private Overlay open(Node node, String influencer, String lastEventId) {
        Overlay overlay = Overlay.open(node, "/api/widgets/default/product/" + influencer + "/events", lastEventId);
        overlays.add(overlay);
        return overlay;
    }

    private static void assertStartsWithSnapshot(Overlay overlay) throws InterruptedException {
        Overlay.Event snapshot = overlay.take(1, DELIVERY, "the snapshot").get(0);
        assertEquals("snapshot", snapshot.name(), snapshot.toString());
        assertEquals("0", snapshot.id(), overlay + ": a new widget's snapshot");
    }

    /** The events are postbacks numbered {@code first}, {@code first + 1}… and are those tags, in that order. */
    private static void assertNumberedFrom(long first, List<String> tags, List<Overlay.Event> events, Overlay overlay) {
        assertEquals(LongStream.range(first, first + tags.size()).mapToObj(Long::toString).toList(),
                events.stream().map(Overlay.Event::id).toList(), overlay + ": the numbers");
        assertEquals(tags, events.stream().map(Overlay.Event::eventName).toList(), overlay + ": the postbacks");
    }

    private static String newInfluencer() {
        return "cluster_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * The overlay that was on node 2 and its continuation on node 1 ({@code resumed}) had the numbers
     * 1..{@code counted}, each once, in order, and nothing else.
     */
    private static void assertResumedWithEveryNumberOnce(Overlay watched, List<Overlay.Event> beforeKill,
                                                         Overlay resumed, int counted, long killed, long ended,
                                                         long reconnected) {
        int missed = counted - beforeKill.size();
        await(resumed + " having the " + missed + " numbers up to " + counted).atMost(DELIVERY)
                .pollInterval(Duration.ofMillis(20)).until(() -> resumed.received().size() >= missed);
        List<Overlay.Event> first = resumed.received();
        figure("the overlay on node 2 saw its stream end %d ms after the kill, having had %d postbacks; node 1"
                + " took it back %d ms after that; it had the first postback it missed %d ms after reconnecting,"
                + " and the last of all %d (the load went on) %d ms after reconnecting", millis(killed, ended),
                beforeKill.size(),
                millis(ended, reconnected), millis(reconnected, first.get(0).received()), counted,
                millis(reconnected, first.get(first.size() - 1).received()));
        // then nothing more: whatever came too many shows in the numbers below
        AtomicInteger lastSize = new AtomicInteger(first.size());
        await(resumed + " staying quiet").during(QUIET).atMost(QUIET.plus(DELIVERY))
                .until(() -> lastSize.getAndSet(resumed.received().size()) == resumed.received().size());
        List<Overlay.Event> after = resumed.received();
        assertEquals(List.of(), after.stream().filter(event -> !"postback".equals(event.name())).toList(),
                resumed + ": postbacks only, no fresh snapshot");
        assertEquals(LongStream.rangeClosed(1, counted).mapToObj(Long::toString).toList(),
                Stream.concat(beforeKill.stream(), after.stream()).map(Overlay.Event::id).toList(),
                watched + " then " + resumed + ": the numbers 1.." + counted + ", each once, in order");
    }

    /** The postbacks an overlay has had so far, the snapshot left out. */
    private static List<Overlay.Event> postbacks(Overlay overlay) {
        return overlay.received().stream().filter(event -> "postback".equals(event.name())).toList();
    }

    /** The 200 answer of the node to the seed-signed request. */
    private static HttpResponse<String> ok(Node node, RetailRequest request) {
        HttpResponse<String> answer = node.send(request.seedSigned(node));
        assertEquals(200, answer.statusCode(), node + " " + request.path() + " " + request.json() + ": "
                + answer.body());
        return answer;
    }

    private static void assertProblem(int status, String type, HttpResponse<String> answer, String what) {
        assertEquals(status, answer.statusCode(), what + ": " + answer.body());
        assertEquals(type, Node.json(answer).getString("type"), what + ": " + answer.body());
    }

    /** Whether the node refuses an auction of retailer 7 without {@code ts}, naming it: replay protection is on. */
    private static boolean asksForTs(Node node) {
        HttpResponse<String> unstamped = node.send(softDrinks(newShopper(), null).seedSigned(node));
        return unstamped.statusCode() == 400 && "ts".equals(Node.json(unstamped).getString("field", null));
    }

    /** The seed's category example on retailer 7, with a signed {@code ts} unless null. */
    private static RetailRequest softDrinks(String uid, Long ts) {
        String path = "/api/auction/sp/category/" + SOFT_DRINKS_RETAILER;
        return ts == null ? RetailRequest.of(path, "platform_type", "WEB_MOBILE", "category", 3, "uid", uid)
                : RetailRequest.of(path, "platform_type", "WEB_MOBILE", "category", 3, "uid", uid, "ts", ts);
    }

    private static String newShopper() {
        return "cluster-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
