import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The database's own group-commit ceiling for each write path of bench/run.sh: the statements Trackline's
 * batch writer runs for that path, a batch per transaction, sent by a plain JDBC program with no HTTP and
 * no application server. Two writer threads (the application's writers per path by default,
 * trackline.store.writers), each on a connection of its own (READ COMMITTED and the driver's defaults, as
 * the application's data source), write batches of the given size back to back. A single-file program:
 * <pre>java -cp mariadb-java-client.jar bench/Ceiling.java JDBC_URL USER PASSWORD SECONDS PATH:BATCH...</pre>
 * PATH is one of {@code postback} (1,000 influencers), {@code postback-hot} (one influencer),
 * {@code mmp-postback} (purchases by 100,000 users), {@code s2sevent} (a session of a new user),
 * {@code retail-click}, {@code retail-purchase}. It needs Trackline's schema (the tables exist once
 * Trackline has started on the database) and adds reference rows of its own (a brand, an app, a retailer),
 * so it may run on an empty copy of the schema. Every row it writes has a new key: nothing is ignored.
 * The first {@value #WARM_UP_SECONDS} s of each path are not counted. It prints one row a path, in
 * bench/run.sh's column style: path, batch size, rows committed a second (a row is one postback, event,
 * click or purchase: what one request commits), batches committed a second. A batch that fails for a
 * reason a retry can clear (a deadlock, a new user another writer has not committed) is rolled back, not
 * counted, and reported on stderr; any other failure ends the program.
 */
public class Ceiling {

    static final int WRITERS = 2;
    static final int WARM_UP_SECONDS = 1;

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: java -cp DRIVER_JAR bench/Ceiling.java JDBC_URL USER PASSWORD SECONDS"
                    + " PATH:BATCH...");
            System.exit(2);
        }
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int seconds = Integer.parseInt(args[3]);
        Connection[] connections = new Connection[WRITERS];
        for (int i = 0; i < WRITERS; i++) {
            connections[i] = DriverManager.getConnection(url, user, password);
        }
        Refs refs = Fixtures.ensure(connections[0]);
        for (Connection connection : connections) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
        for (int i = 4; i < args.length; i++) {
            String[] pathAndBatch = args[i].split(":");
            int batch = Integer.parseInt(pathAndBatch[1]);
            Result result = Measure.run(connections, writes(pathAndBatch[0], refs), batch, seconds);
            System.out.printf(Locale.ROOT, "%-44s %7d %10.0f %10.1f%n", pathAndBatch[0], batch,
                    result.rows() / (double) seconds, result.batches() / (double) seconds);
            if (result.failures() > 0) {
                System.err.printf("%s: %d batches rolled back (%s)%n", pathAndBatch[0], result.failures(),
                        result.lastFailure());
            }
        }
        for (Connection connection : connections) {
            connection.close();
        }
    }

    static PathWrites writes(String path, Refs refs) {
        return switch (path) {
            case "postback" -> new PostbackWrites(refs, false);
            case "postback-hot" -> new PostbackWrites(refs, true);
            case "mmp-postback" -> new EventWrites(refs, false);
            case "s2sevent" -> new EventWrites(refs, true);
            case "retail-click" -> new ClickWrites(refs);
            case "retail-purchase" -> new PurchaseWrites(refs);
            default -> throw new IllegalArgumentException("No write path " + path);
        };
    }
}

/** One path's writes: a batch of items, in the caller's transaction. */
interface PathWrites {

    Runnable NOTHING = () -> { };

    /** Writes {@code size} items on the connection, uncommitted; @return what to do once they committed */
    Runnable write(Connection connection, int size) throws SQLException;
}

record Result(long rows, long batches, long failures, String lastFailure) {
}

/** The writer threads of one path, for the warm-up and then the measured seconds. */
final class Measure {

    private Measure() {
    }

    static Result run(Connection[] connections, PathWrites writes, int batch, int seconds) throws Exception {
        long from = System.nanoTime() + Duration.ofSeconds(Ceiling.WARM_UP_SECONDS).toNanos();
        long until = from + Duration.ofSeconds(seconds).toNanos();
        AtomicLong batches = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        String[] lastFailure = new String[1];
        AtomicReference<Exception> broken = new AtomicReference<>();
        List<Thread> writers = new ArrayList<>();
        for (Connection connection : connections) {
            Thread writer = new Thread(() -> {
                while (System.nanoTime() < until && broken.get() == null) {
                    try {
                        Runnable committed = writes.write(connection, batch);
                        connection.commit();
                        committed.run();
                        long now = System.nanoTime();
                        if (now >= from && now < until) {
                            batches.incrementAndGet();
                        }
                    } catch (SQLTransientException e) {
                        // a deadlock, say: the application would write the batch again, so the ceiling goes on
                        failures.incrementAndGet();
                        lastFailure[0] = e.getMessage();
                        rollback(connection);
                    } catch (SQLException | RuntimeException e) {
                        broken.compareAndSet(null, e);
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) {
            writer.join();
        }
        if (broken.get() != null) {
            throw new IllegalStateException("A batch could not be written", broken.get());
        }
        return new Result(batches.get() * batch, batches.get(), failures.get(), lastFailure[0]);
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not roll back", e);
        }
    }
}

/** The reference rows the writes point to, by id. */
record Refs(long customerId, long productId, long campaignId, long[] influencerIds, long hotInfluencerId,
            long appId, long retailerId, long advertiserId, long[] adCampaignIds) {
}

/**
 * The reference rows, as the demo and bench/retail_data.sh have them, under names of the ceiling's own:
 * a brand with a widget, a campaign and 1,000 influencers (and one hot one), an app, and a retailer's
 * advertiser with 100 campaigns of ample budget. Added once; a second run finds them.
 */
final class Fixtures {

    static final int INFLUENCERS = 1_000;
    static final int AD_CAMPAIGNS = 100;
    static final long RETAILER = 990_011;

    private Fixtures() {
    }

    static Refs ensure(Connection connection) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        run(connection, "INSERT IGNORE INTO customer (code, name, created_at) VALUES ('ceiling', 'Ceiling', ?)", now);
        long customer = number(connection, "SELECT id FROM customer WHERE code = 'ceiling'");
        run(connection, "INSERT IGNORE INTO widget_product (customer_id, code, name, anti_cheat, widget_settings,"
                + " created_at) VALUES (?, 'product', 'Ceiling widget', FALSE, '{}', ?)", customer, now);
        long product = number(connection, "SELECT id FROM widget_product WHERE customer_id = " + customer);
        run(connection, "INSERT IGNORE INTO campaign (customer_id, name, created_at) VALUES (?, 'bench', ?)",
                customer, now);
        long campaign = number(connection, "SELECT id FROM campaign WHERE customer_id = " + customer);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT IGNORE INTO influencer (customer_id, code, created_at) VALUES (?, ?, ?)")) {
            for (int i = 0; i <= INFLUENCERS; i++) {
                insert.setLong(1, customer);
                insert.setString(2, i == INFLUENCERS ? "hot_key" : "spread_" + i);
                insert.setTimestamp(3, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, Long> byCode = new HashMap<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT code, id FROM influencer WHERE customer_id = " + customer)) {
            while (rows.next()) {
                byCode.put(rows.getString(1), rows.getLong(2));
            }
        }
        long[] influencers = new long[INFLUENCERS];
        for (int i = 0; i < INFLUENCERS; i++) {
            influencers[i] = byCode.get("spread_" + i);
        }
        long hot = byCode.get("hot_key");
        run(connection, "INSERT IGNORE INTO mmp_app (code, name, currency, created_at) VALUES ('ceiling-app',"
                + " 'Ceiling app', 'EUR', ?)", now);
        long app = number(connection, "SELECT id FROM mmp_app WHERE code = 'ceiling-app'");
        run(connection, "INSERT IGNORE INTO retailer (id, name, created_at) VALUES (?, 'Ceiling retailer', ?)",
                RETAILER, now);
        if (number(connection, "SELECT COUNT(*) FROM advertiser WHERE retailer_id = " + RETAILER) == 0) {
            run(connection, "INSERT INTO advertiser (retailer_id, name) VALUES (?, 'Ceiling advertiser')", RETAILER);
        }
        long advertiser = number(connection, "SELECT MIN(id) FROM advertiser WHERE retailer_id = " + RETAILER);
        for (long c = number(connection, "SELECT COUNT(*) FROM ad_campaign WHERE advertiser_id = " + advertiser);
             c < AD_CAMPAIGNS; c++) {
            run(connection, "INSERT INTO ad_campaign (advertiser_id, name, status, starts_on, daily_budget, updated_at)"
                    + " VALUES (?, ?, 'ACTIVE', CURRENT_DATE - INTERVAL 1 DAY, 1000000, ?)", advertiser,
                    "Ceiling " + c, now);
        }
        long[] adCampaigns = new long[AD_CAMPAIGNS];
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT id FROM ad_campaign WHERE advertiser_id = " + advertiser
                     + " ORDER BY id LIMIT " + AD_CAMPAIGNS)) {
            for (int i = 0; rows.next(); i++) {
                adCampaigns[i] = rows.getLong(1);
            }
        }
        addAdGroups(connection, adCampaigns, now);
        return new Refs(customer, product, campaign, influencers, hot, app, RETAILER, advertiser, adCampaigns);
    }

    /**
     * bench/retail_data.sh's 10,000 ad groups, each promoting its product, for the purchases' look-up of
     * which advertisers own a product to find what it finds in the benchmark.
     */
    private static void addAdGroups(Connection connection, long[] adCampaigns, Timestamp now) throws SQLException {
        List<Integer> groups = new ArrayList<>(RetailStats.AD_GROUPS);
        for (int g = 0; g < RetailStats.AD_GROUPS; g++) {
            groups.add(g);
        }
        MultiRow.insert(connection, "INSERT IGNORE INTO ad_group (id, campaign_id, name, format, status, default_bid,"
                + " updated_at)", 7, groups, (statement, first, g) -> {
                    statement.setLong(first, RetailStats.FIRST_AD_GROUP + g);
                    statement.setLong(first + 1, adCampaigns[g % adCampaigns.length]);
                    statement.setString(first + 2, "Ceiling " + g);
                    statement.setString(first + 3, "SP");
                    statement.setString(first + 4, "ACTIVE");
                    statement.setBigDecimal(first + 5, BigDecimal.ONE);
                    statement.setTimestamp(first + 6, now);
                }, "");
        MultiRow.insert(connection, "INSERT IGNORE INTO ad_group_product (ad_group_id, product_id, position)", 3,
                groups, (statement, first, g) -> {
                    statement.setLong(first, RetailStats.FIRST_AD_GROUP + g);
                    statement.setString(first + 1, "BENCH-" + g);
                    statement.setInt(first + 2, 0);
                }, "");
    }

    private static void run(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** The one number the query answers: an id, a count. */
    private static long number(Connection connection, String sql) throws SQLException {
        try (Statement select = connection.createStatement(); ResultSet rows = select.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

/**
 * What the application's {@code MultiRowInsert} sends: one {@code INSERT … VALUES (…), (…)} a chunk of at
 * most 250 rows, the rest in chunks of a power of two.
 */
final class MultiRow {

    static final int ROWS_PER_STATEMENT = 250;

    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    private MultiRow() {
    }

    static <T> void insert(Connection connection, String insertInto, int columns, List<T> rows, Binder<T> binder,
                           String onDuplicate) throws SQLException {
        for (int start = 0; start < rows.size(); ) {
            int left = rows.size() - start;
            int size = left >= ROWS_PER_STATEMENT ? ROWS_PER_STATEMENT : Integer.highestOneBit(left);
            List<T> chunk = rows.subList(start, start + size);
            start += size;
            String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(insertInto + " VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), row)) + onDuplicate)) {
                for (int i = 0; i < chunk.size(); i++) {
                    binder.bind(statement, i * columns + 1, chunk.get(i));
                }
                statement.executeUpdate();
            }
        }
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** The day in UTC, as the application's rows have it. */
    static Date day(Instant at) {
        return Date.valueOf(LocalDate.ofInstant(at, ZoneOffset.UTC));
    }
}

/**
 * A batch of committed postbacks, as the application's {@code PostbackService} writes it for the bench's
 * postback (widget {@code product}, no anti-cheat, event {@code reg}, campaign {@code bench}): the widget
 * totals (one upsert per influencer, in the batch's order), the daily totals per influencer and per event
 * type, the widgets' numbers (one upsert per widget in key order, then one read of them all) and the
 * postbacks. Spread over 1,000 influencers in turn, or all for the hot one.
 */
final class PostbackWrites implements PathWrites {

    private static final int TOTAL_SHARDS = 16;
    private static final int INFLUENCER_SHARDS = 2;
    private static final int TYPE_SHARDS = 16;
    private static final String EVENT_TYPE = "reg";
    private static final String ON_DUPLICATE = " ON DUPLICATE KEY UPDATE counted = counted + VALUES(counted),"
            + " filtered = filtered + VALUES(filtered)";

    private final Refs refs;
    private final boolean hot;
    private final AtomicLong sent = new AtomicLong();

    PostbackWrites(Refs refs, boolean hot) {
        this.refs = refs;
        this.hot = hot;
    }

    @Override
    public Runnable write(Connection connection, int size) throws SQLException {
        Instant now = Instant.now();
        long[] influencers = new long[size];
        Map<Long, Long> perInfluencer = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            influencers[i] = hot ? refs.hotInfluencerId()
                    : refs.influencerIds()[(int) (sent.getAndIncrement() % refs.influencerIds().length)];
            perInfluencer.merge(influencers[i], 1L, Long::sum);
        }
        addToTotals(connection, perInfluencer);
        addToDailyTotals(connection, new TreeMap<>(perInfluencer), size, now);
        Map<Long, Long> next = takeSequences(connection, new TreeMap<>(perInfluencer));
        insertPostbacks(connection, influencers, next, now);
        return NOTHING;
    }

    private void addToTotals(Connection connection, Map<Long, Long> perInfluencer) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO widget_total"
                + " (product_id, influencer_id, campaign_id, event_type, shard, total) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE total = total + ?")) {
            for (Map.Entry<Long, Long> increment : perInfluencer.entrySet()) {
                upsert.setLong(1, refs.productId());
                upsert.setLong(2, increment.getKey());
                upsert.setLong(3, refs.campaignId());
                upsert.setString(4, EVENT_TYPE);
                upsert.setInt(5, ThreadLocalRandom.current().nextInt(TOTAL_SHARDS));
                upsert.setLong(6, increment.getValue());
                upsert.setLong(7, increment.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private void addToDailyTotals(Connection connection, TreeMap<Long, Long> perInfluencer, int size, Instant now)
            throws SQLException {
        Date day = MultiRow.day(now);
        MultiRow.insert(connection, "INSERT INTO influencer_daily_stats (customer_id, stats_day, campaign_id,"
                + " influencer_id, shard, counted, filtered)", 7, List.copyOf(perInfluencer.entrySet()),
                (statement, first, row) -> {
                    statement.setLong(first, refs.customerId());
                    statement.setDate(first + 1, day);
                    statement.setLong(first + 2, refs.campaignId());
                    statement.setLong(first + 3, row.getKey());
                    statement.setInt(first + 4, ThreadLocalRandom.current().nextInt(INFLUENCER_SHARDS));
                    statement.setLong(first + 5, row.getValue());
                    statement.setLong(first + 6, 0);
                }, ON_DUPLICATE);
        MultiRow.insert(connection, "INSERT INTO influencer_daily_types (customer_id, stats_day, campaign_id,"
                + " product_id, event_type, shard, counted, filtered)", 8, List.of(size),
                (statement, first, counted) -> {
                    statement.setLong(first, refs.customerId());
                    statement.setDate(first + 1, day);
                    statement.setLong(first + 2, refs.campaignId());
                    statement.setLong(first + 3, refs.productId());
                    statement.setString(first + 4, EVENT_TYPE);
                    statement.setInt(first + 5, ThreadLocalRandom.current().nextInt(TYPE_SHARDS));
                    statement.setLong(first + 6, counted);
                    statement.setLong(first + 7, 0);
                }, ON_DUPLICATE);
    }

    /** Each influencer's widget's first number for this batch. */
    private Map<Long, Long> takeSequences(Connection connection, TreeMap<Long, Long> counts) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO widget_sequence"
                + " (product_id, influencer_id, last_sequence) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE last_sequence = last_sequence + ?")) {
            for (Map.Entry<Long, Long> count : counts.entrySet()) {
                upsert.setLong(1, refs.productId());
                upsert.setLong(2, count.getKey());
                upsert.setLong(3, count.getValue());
                upsert.setLong(4, count.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        Map<Long, Long> next = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT product_id, influencer_id,"
                + " last_sequence FROM widget_sequence WHERE " + String.join(" OR ",
                        Collections.nCopies(counts.size(), "(product_id = ? AND influencer_id = ?)")))) {
            int parameter = 1;
            for (Long influencer : counts.keySet()) {
                select.setLong(parameter++, refs.productId());
                select.setLong(parameter++, influencer);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    next.put(rows.getLong(2), rows.getLong(3) - counts.get(rows.getLong(2)) + 1);
                }
            }
        }
        return next;
    }

    /** In rows-at-once inserts (a statement for up to 250), as the application stores them. */
    private void insertPostbacks(Connection connection, long[] influencers, Map<Long, Long> next, Instant now)
            throws SQLException {
        List<Long> rows = new ArrayList<>(influencers.length);
        for (long influencer : influencers) {
            rows.add(influencer);
        }
        MultiRow.insert(connection, "INSERT INTO postback (public_id, customer_id, product_id, influencer_id,"
                + " campaign_id, event_type, event_name, medium, source, country, user_agent, counted,"
                + " not_counted_reason, idempotency_key, request_hash, received_at, widget_sequence)", 17, rows,
                (insert, first, influencer) -> {
                    insert.setString(first, UUID.randomUUID().toString());
                    insert.setLong(first + 1, refs.customerId());
                    insert.setLong(first + 2, refs.productId());
                    insert.setLong(first + 3, influencer);
                    insert.setLong(first + 4, refs.campaignId());
                    insert.setString(first + 5, EVENT_TYPE);
                    insert.setString(first + 6, "registration");
                    insert.setString(first + 7, "Influencer");
                    insert.setString(first + 8, "twitch");
                    insert.setString(first + 9, "FR");
                    insert.setString(first + 10, "Mozilla/5.0 (X11; Linux x86_64) Bench");
                    insert.setBoolean(first + 11, true);
                    insert.setString(first + 12, null);
                    insert.setString(first + 13, null);
                    insert.setString(first + 14, null);
                    insert.setTimestamp(first + 15, Timestamp.from(now));
                    insert.setLong(first + 16, next.merge(influencer, 1L, Long::sum) - 1);
                }, "");
    }
}

/**
 * A batch of S2S events, as the application's {@code EventService} writes it. {@code mmp-postback}: the
 * bench's purchase (4.99 USD, 4.62 EUR of revenue in the app's currency) by one of 100,000 users at random;
 * a user not seen before (by this program, as by the application's cache of known users) is stored first,
 * organic (the call names no click and no visitor), then read back. {@code s2sevent}: a session
 * ({@code __open}) of a user never seen before from a random visitor: clicks looked up by the visitor's
 * two fingerprints, the user stored and read back, the event, the session day and the active-user changes.
 */
final class EventWrites implements PathWrites {

    private static final int USERS = 100_000;
    private static final int TRAFFIC_SHARDS = 8;
    private static final int EVENT_SHARDS = 16;
    private static final List<Integer> WINDOWS = List.of(1, 7, 30);
    private static final BigDecimal AMOUNT = new BigDecimal("4.99");
    private static final BigDecimal REVENUE = AMOUNT.divide(new BigDecimal("1.08"), 6, RoundingMode.HALF_EVEN);
    private static final String USER_COLUMNS = "SELECT u.id, u.user_id, u.source, c.public_id, u.publisher,"
            + " u.campaign FROM mmp_app_user u LEFT JOIN mmp_click c ON c.id = u.click_id";

    private final Refs refs;
    private final boolean sessions;
    private final String tag = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong sent = new AtomicLong();
    private final Map<String, Long> known = new ConcurrentHashMap<>();

    EventWrites(Refs refs, boolean sessions) {
        this.refs = refs;
        this.sessions = sessions;
    }

    @Override
    public Runnable write(Connection connection, int size) throws SQLException {
        Instant now = Instant.now();
        List<String> userIds = new ArrayList<>(size);
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String userId = sessions ? "new-" + tag + "-" + sent.incrementAndGet()
                    : "bench-user-" + (ThreadLocalRandom.current().nextInt(USERS) + 1);
            userIds.add(userId);
            if (!known.containsKey(userId)) {
                fresh.add(userId);
            }
        }
        Map<String, Long> stored = fresh.isEmpty() ? Map.of() : storeNewUsers(connection, fresh, now);
        long[] appUserIds = new long[size];
        for (int i = 0; i < size; i++) {
            Long id = known.get(userIds.get(i));
            if (id == null) {
                id = stored.get(userIds.get(i));
            }
            if (id == null) {
                // Seen when the other writer inserted the same new user and rolled back, or had not committed
                // it yet: the application fails such a batch too (and writes its events one by one).
                throw new SQLTransientException("User " + userIds.get(i) + " was neither known nor stored");
            }
            appUserIds[i] = id;
        }
        insertEvents(connection, appUserIds, now);
        if (sessions) {
            recordSessionDays(connection, appUserIds, now);
        }
        return sessions ? NOTHING : () -> known.putAll(stored);
    }

    private Map<String, Long> storeNewUsers(Connection connection, List<String> fresh, Instant now)
            throws SQLException {
        if (sessions) {
            clicksByFingerprint(connection, fresh.size(), now);
        }
        int organic = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO mmp_app_user (app_id,"
                + " user_id, source, click_id, publisher, campaign, attributed_at, attributed_day)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (String userId : fresh) {
                insert.setLong(1, refs.appId());
                insert.setString(2, userId);
                insert.setString(3, "organic");
                insert.setNull(4, Types.BIGINT);
                insert.setString(5, null);
                insert.setString(6, null);
                insert.setTimestamp(7, Timestamp.from(now));
                insert.setDate(8, MultiRow.day(now));
                insert.addBatch();
            }
            for (int inserted : insert.executeBatch()) {
                organic += inserted != 0 ? 1 : 0;
            }
        }
        if (organic > 0) {
            MultiRow.insert(connection, "INSERT INTO mmp_daily_traffic (app_id, stats_day, publisher, campaign,"
                    + " shard, clicks, click_users, fingerprint_users, organic_users)", 9, List.of(organic),
                    (statement, first, users) -> {
                        statement.setLong(first, refs.appId());
                        statement.setDate(first + 1, MultiRow.day(now));
                        statement.setString(first + 2, "");
                        statement.setString(first + 3, "");
                        statement.setInt(first + 4, ThreadLocalRandom.current().nextInt(TRAFFIC_SHARDS));
                        statement.setLong(first + 5, 0);
                        statement.setLong(first + 6, 0);
                        statement.setLong(first + 7, 0);
                        statement.setLong(first + 8, users);
                    }, " ON DUPLICATE KEY UPDATE clicks = clicks + VALUES(clicks),"
                            + " click_users = click_users + VALUES(click_users),"
                            + " fingerprint_users = fingerprint_users + VALUES(fingerprint_users),"
                            + " organic_users = organic_users + VALUES(organic_users)");
        }
        Set<String> distinct = new LinkedHashSet<>(fresh);
        Map<String, Long> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(USER_COLUMNS + " WHERE u.app_id = ?"
                + " AND u.user_id IN (" + MultiRow.placeholders(distinct.size()) + ")")) {
            select.setLong(1, refs.appId());
            int index = 2;
            for (String userId : distinct) {
                select.setString(index++, userId);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(2), rows.getLong(1));
                }
            }
        }
        return stored;
    }

    /** The attribution's look-up: each visitor's fingerprint under today's and yesterday's key. */
    private void clicksByFingerprint(Connection connection, int visitors, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, public_id, publisher, campaign,"
                + " fingerprint, clicked_at FROM mmp_click WHERE app_id = ? AND fingerprint IN ("
                + MultiRow.placeholders(visitors * 2) + ") AND clicked_at >= ?")) {
            select.setLong(1, refs.appId());
            for (int i = 0; i < visitors * 2; i++) {
                select.setString(i + 2, fingerprint());
            }
            select.setTimestamp(visitors * 2 + 2, Timestamp.from(now.minus(Duration.ofHours(24))));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rows.getLong(1);
                }
            }
        }
    }

    private void insertEvents(Connection connection, long[] appUserIds, Instant now) throws SQLException {
        String mappingId = sessions ? "__open" : "purchase";
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mmp_event (public_id, app_id,"
                + " app_user_id, mapping_id, counted, amount, currency, revenue, aggregated_value, event_value,"
                + " idempotency_key, request_hash, received_at, event_day)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long appUserId : appUserIds) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setLong(2, refs.appId());
                insert.setLong(3, appUserId);
                insert.setString(4, mappingId);
                insert.setBoolean(5, true);
                insert.setBigDecimal(6, sessions ? null : AMOUNT);
                insert.setString(7, sessions ? null : "USD");
                insert.setBigDecimal(8, sessions ? null : REVENUE);
                insert.setBigDecimal(9, sessions ? null : BigDecimal.ONE);
                insert.setString(10, null);
                insert.setString(11, null);
                insert.setString(12, null);
                insert.setTimestamp(13, Timestamp.from(now));
                insert.setDate(14, MultiRow.day(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        int events = appUserIds.length;
        MultiRow.insert(connection, "INSERT INTO mmp_daily_events (app_id, stats_day, mapping_id, unconverted,"
                + " shard, events, duplicates, revenue, aggregated_value, unconverted_amount)", 10, List.of(events),
                (statement, first, count) -> {
                    statement.setLong(first, refs.appId());
                    statement.setDate(first + 1, MultiRow.day(now));
                    statement.setString(first + 2, mappingId);
                    statement.setString(first + 3, "");
                    statement.setInt(first + 4, ThreadLocalRandom.current().nextInt(EVENT_SHARDS));
                    statement.setLong(first + 5, count);
                    statement.setLong(first + 6, 0);
                    statement.setBigDecimal(first + 7, sessions ? BigDecimal.ZERO
                            : REVENUE.multiply(BigDecimal.valueOf(count)));
                    statement.setBigDecimal(first + 8, sessions ? BigDecimal.ZERO : BigDecimal.valueOf(count));
                    statement.setBigDecimal(first + 9, BigDecimal.ZERO);
                }, " ON DUPLICATE KEY UPDATE events = events + VALUES(events),"
                        + " duplicates = duplicates + VALUES(duplicates), revenue = revenue + VALUES(revenue),"
                        + " aggregated_value = aggregated_value + VALUES(aggregated_value),"
                        + " unconverted_amount = unconverted_amount + VALUES(unconverted_amount)");
    }

    /** Every user is new, so each session day is its first: +1 from today and -1 a window later, per window. */
    private void recordSessionDays(Connection connection, long[] appUserIds, Instant now) throws SQLException {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT IGNORE INTO mmp_session_day (app_id, session_day, app_user_id) VALUES (?, ?, ?)")) {
            for (long appUserId : appUserIds) {
                insert.setLong(1, refs.appId());
                insert.setDate(2, Date.valueOf(today));
                insert.setLong(3, appUserId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT app_user_id, session_day"
                + " FROM mmp_session_day WHERE app_user_id IN (" + MultiRow.placeholders(appUserIds.length) + ")"
                + " AND session_day BETWEEN ? AND ?")) {
            for (int i = 0; i < appUserIds.length; i++) {
                select.setLong(i + 1, appUserIds[i]);
            }
            select.setDate(appUserIds.length + 1, Date.valueOf(today.minusDays(30)));
            select.setDate(appUserIds.length + 2, Date.valueOf(today.plusDays(30)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rows.getLong(1);
                }
            }
        }
        List<Object[]> changes = new ArrayList<>();
        for (int window : WINDOWS) {
            changes.add(new Object[] {window, today, (long) appUserIds.length});
            changes.add(new Object[] {window, today.plusDays(window), -(long) appUserIds.length});
        }
        MultiRow.insert(connection, "INSERT INTO mmp_active_change (app_id, window_days, change_day, users_delta)", 4,
                changes, (statement, first, change) -> {
                    statement.setLong(first, refs.appId());
                    statement.setInt(first + 1, (Integer) change[0]);
                    statement.setDate(first + 2, Date.valueOf((LocalDate) change[1]));
                    statement.setLong(first + 3, (Long) change[2]);
                }, " ON DUPLICATE KEY UPDATE users_delta = users_delta + VALUES(users_delta)");
    }

    private static String fingerprint() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%016x%016x%016x%016x", random.nextLong(), random.nextLong(), random.nextLong(),
                random.nextLong());
    }
}

/**
 * What a retail event adds to its ad group's day and to its campaign's, as the application's
 * {@code JdbcDailyStats} writes it: one multi-row upsert of the ad groups' rows, one of the campaigns', each
 * addition on one of 8 shards at random, rows in key order.
 */
final class RetailStats {

    /** What a batch adds to one ad group's (or, with ad group 0, one campaign's) day. */
    record Delta(long adGroupId, long campaignId, long clicks, BigDecimal spend, long directUnits,
                 BigDecimal directSales, long haloUnits, BigDecimal haloSales) {

        Delta plus(Delta other) {
            return new Delta(adGroupId, campaignId, clicks + other.clicks, spend.add(other.spend),
                    directUnits + other.directUnits, directSales.add(other.directSales), haloUnits + other.haloUnits,
                    haloSales.add(other.haloSales));
        }
    }

    private record Sharded(Delta delta, int shard) {
    }

    static final int AD_GROUPS = 10_000;
    static final long FIRST_AD_GROUP = 900_000;
    private static final int SHARDS = 8;
    private static final Comparator<Sharded> LOCK_ORDER = Comparator
            .comparingLong((Sharded row) -> row.delta().campaignId())
            .thenComparingLong(row -> row.delta().adGroupId()).thenComparingInt(Sharded::shard);
    private static final String SUMS = " ON DUPLICATE KEY UPDATE impressions = impressions + VALUES(impressions),"
            + " clicks = clicks + VALUES(clicks), invalid_clicks = invalid_clicks + VALUES(invalid_clicks),"
            + " spend = spend + VALUES(spend), add_to_carts = add_to_carts + VALUES(add_to_carts),"
            + " add_to_cart_value = add_to_cart_value + VALUES(add_to_cart_value),"
            + " direct_units = direct_units + VALUES(direct_units), direct_sales = direct_sales + VALUES(direct_sales),"
            + " halo_units = halo_units + VALUES(halo_units), halo_sales = halo_sales + VALUES(halo_sales)";

    private RetailStats() {
    }

    /** The ad group of the bench's winner or product {@code index}, as bench/retail_data.sh numbers them. */
    static long adGroup(long index) {
        return FIRST_AD_GROUP + index % AD_GROUPS;
    }

    static long campaign(Refs refs, long adGroupId) {
        return refs.adCampaignIds()[(int) ((adGroupId - FIRST_AD_GROUP) % refs.adCampaignIds().length)];
    }

    static void add(Connection connection, Refs refs, Map<Long, Delta> byAdGroup, Instant now) throws SQLException {
        Date day = MultiRow.day(now);
        MultiRow.insert(connection, "INSERT INTO retail_daily_stats (ad_group_id, stats_day, shard, retailer_id,"
                + " advertiser_id, campaign_id, impressions, clicks, invalid_clicks, spend, add_to_carts,"
                + " add_to_cart_value, direct_units, direct_sales, halo_units, halo_sales)", 16,
                sharded(byAdGroup.values()), (statement, first, row) -> {
                    statement.setLong(first, row.delta().adGroupId());
                    statement.setDate(first + 1, day);
                    statement.setInt(first + 2, row.shard());
                    statement.setLong(first + 3, refs.retailerId());
                    statement.setLong(first + 4, refs.advertiserId());
                    statement.setLong(first + 5, row.delta().campaignId());
                    bindSums(statement, first + 6, row.delta());
                }, SUMS);
        Map<Long, Delta> byCampaign = new HashMap<>();
        for (Delta delta : byAdGroup.values()) {
            byCampaign.merge(delta.campaignId(), new Delta(0, delta.campaignId(), delta.clicks(), delta.spend(),
                    delta.directUnits(), delta.directSales(), delta.haloUnits(), delta.haloSales()), Delta::plus);
        }
        MultiRow.insert(connection, "INSERT INTO retail_campaign_stats (retailer_id, stats_day, campaign_id, shard,"
                + " advertiser_id, impressions, clicks, invalid_clicks, spend, add_to_carts, add_to_cart_value,"
                + " direct_units, direct_sales, halo_units, halo_sales)", 15, sharded(byCampaign.values()),
                (statement, first, row) -> {
                    statement.setLong(first, refs.retailerId());
                    statement.setDate(first + 1, day);
                    statement.setLong(first + 2, row.delta().campaignId());
                    statement.setInt(first + 3, row.shard());
                    statement.setLong(first + 4, refs.advertiserId());
                    bindSums(statement, first + 5, row.delta());
                }, SUMS);
    }

    private static List<Sharded> sharded(java.util.Collection<Delta> deltas) {
        return deltas.stream().map(delta -> new Sharded(delta, ThreadLocalRandom.current().nextInt(SHARDS)))
                .sorted(LOCK_ORDER).toList();
    }

    private static void bindSums(PreparedStatement statement, int first, Delta delta) throws SQLException {
        statement.setLong(first, 0);
        statement.setLong(first + 1, delta.clicks());
        statement.setLong(first + 2, 0);
        statement.setBigDecimal(first + 3, delta.spend());
        statement.setLong(first + 4, 0);
        statement.setBigDecimal(first + 5, BigDecimal.ZERO);
        statement.setLong(first + 6, delta.directUnits());
        statement.setBigDecimal(first + 7, delta.directSales());
        statement.setLong(first + 8, delta.haloUnits());
        statement.setBigDecimal(first + 9, delta.haloSales());
    }
}

/** The same statement once for each row of values, as one JDBC batch: the application's {@code JdbcUpdate.runEach}. */
final class EachRow {

    private EachRow() {
    }

    static int[] run(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] values : rows) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.addBatch();
            }
            return statement.executeBatch();
        }
    }
}

/**
 * A batch of billed clicks, as the application's {@code ClickWriter} writes it for the bench's clicks (each
 * on a winner of its own at 0.30, ad groups in turn over 10,000 and 100 campaigns): each click claimed
 * (an insert a click, in auction-id order), charged (a conditional update of its campaign a click, in
 * campaign order), the billed campaigns' spend read, each click settled (an update a click), and the
 * daily totals.
 */
final class ClickWrites implements PathWrites {

    private static final BigDecimal PRICE = new BigDecimal("0.30");

    private final Refs refs;
    private final String tag = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong sent = new AtomicLong();

    ClickWrites(Refs refs) {
        this.refs = refs;
    }

    @Override
    public Runnable write(Connection connection, int size) throws SQLException {
        Instant now = Instant.now();
        Date day = MultiRow.day(now);
        List<Object[]> claims = new ArrayList<>(size);
        List<Object[]> charges = new ArrayList<>(size);
        List<Object[]> settlements = new ArrayList<>(size);
        Set<Long> billed = new LinkedHashSet<>();
        Map<Long, RetailStats.Delta> byAdGroup = new HashMap<>();
        for (int i = 0; i < size; i++) {
            long n = sent.getAndIncrement();
            String auctionId = "ceiling-click-" + tag + "-" + n;
            long adGroup = RetailStats.adGroup(n);
            long campaign = RetailStats.campaign(refs, adGroup);
            claims.add(new Object[] {auctionId, refs.retailerId(), "bench-shopper-" + n % 20_000,
                refs.advertiserId(), campaign, adGroup, PRICE, Timestamp.from(now), day,
                "BENCH-" + (adGroup - RetailStats.FIRST_AD_GROUP)});
            charges.add(new Object[] {PRICE, day, PRICE, PRICE, day, campaign, day});
            settlements.add(new Object[] {true, null, auctionId});
            billed.add(campaign);
            byAdGroup.merge(adGroup, new RetailStats.Delta(adGroup, campaign, 1, PRICE, 0, BigDecimal.ZERO, 0,
                    BigDecimal.ZERO), RetailStats.Delta::plus);
        }
        Comparator<Object[]> byAuction = Comparator.comparing(values -> (String) values[0]);
        claims.sort(byAuction);
        EachRow.run(connection, "INSERT IGNORE INTO ad_click (auction_id, retailer_id, uid, advertiser_id,"
                + " campaign_id, ad_group_id, price, billed, clicked_at, click_day, product_ids)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?)", claims);
        charges.sort(Comparator.comparingLong(values -> (Long) values[5]));
        EachRow.run(connection, "UPDATE ad_campaign SET spent_total = spent_total + ?,"
                + " spent_today = CASE WHEN spend_day = ? THEN spent_today + ? ELSE ? END, spend_day = ?"
                + " WHERE id = ? AND (total_budget IS NULL OR spent_total < total_budget)"
                + " AND (spend_day IS NULL OR spend_day <> ? OR spent_today < daily_budget)", charges);
        try (PreparedStatement select = connection.prepareStatement("SELECT id, spend_day, spent_today, spent_total"
                + " FROM ad_campaign WHERE id IN (" + MultiRow.placeholders(billed.size()) + ")")) {
            int index = 1;
            for (long campaign : billed) {
                select.setObject(index++, campaign);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rows.getBigDecimal(4);
                }
            }
        }
        settlements.sort(Comparator.comparing(values -> (String) values[2]));
        EachRow.run(connection, "UPDATE ad_click SET billed = ?, not_billed_reason = ? WHERE auction_id = ?",
                settlements);
        RetailStats.add(connection, refs, byAdGroup, now);
        return NOTHING;
    }
}

/**
 * A batch of attributed purchases, as the application's {@code ConversionWriter} writes it for the bench's
 * purchases (two lines, the product the shopper's click showed and another of the same advertiser, both
 * credited to that click's ad group): each purchase claimed (an insert a purchase, in key order), the
 * shoppers' clicks read and then which clicked advertisers own the products (a query each for the batch),
 * the lines in one multi-row insert, and the daily totals. The shoppers have clicks when
 * {@code retail-click} ran before on the database, as in bench/run.sh.
 */
final class PurchaseWrites implements PathWrites {

    private static final int SHOPPERS = 20_000;
    private static final BigDecimal FIRST_PRICE = new BigDecimal("19.99");
    private static final BigDecimal SECOND_PRICE = new BigDecimal("4.50");
    private static final BigDecimal SECOND_VALUE = new BigDecimal("9.00");
    private static final int WINDOW_DAYS = 14;
    private static final int MAX_CLICKS = 50;

    /** One line as the application stores it. */
    private record Line(String orderId, int lineNo, String uid, String productId, int quantity, BigDecimal price,
                        String attribution, String auctionId, long campaignId, long adGroupId) {
    }

    private final Refs refs;
    private final String tag = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong sent = new AtomicLong();

    PurchaseWrites(Refs refs) {
        this.refs = refs;
    }

    @Override
    public Runnable write(Connection connection, int size) throws SQLException {
        Instant now = Instant.now();
        List<Object[]> claims = new ArrayList<>(size);
        Set<String> uids = new LinkedHashSet<>();
        List<Line> lines = new ArrayList<>(size * 2);
        Map<Long, RetailStats.Delta> byAdGroup = new HashMap<>();
        for (int i = 0; i < size; i++) {
            long n = sent.getAndIncrement();
            String orderId = "ceiling-order-" + tag + "-" + n;
            long shopper = n % SHOPPERS;
            String uid = "bench-shopper-" + shopper;
            long adGroup = RetailStats.adGroup(shopper);
            long campaign = RetailStats.campaign(refs, adGroup);
            String auctionId = "bench-click-" + shopper;
            claims.add(new Object[] {refs.retailerId(), "PURCHASE", orderId, uid, Timestamp.from(now)});
            uids.add(uid);
            lines.add(new Line(orderId, 0, uid, "BENCH-" + (adGroup - RetailStats.FIRST_AD_GROUP), 1, FIRST_PRICE,
                    "direct", auctionId, campaign, adGroup));
            lines.add(new Line(orderId, 1, uid, "BENCH-" + (n * 7 + 3) % RetailStats.AD_GROUPS, 2, SECOND_PRICE,
                    "halo", auctionId, campaign, adGroup));
            byAdGroup.merge(adGroup, new RetailStats.Delta(adGroup, campaign, 0, BigDecimal.ZERO, 1, FIRST_PRICE, 2,
                    SECOND_VALUE), RetailStats.Delta::plus);
        }
        claims.sort(Comparator.comparing(values -> (String) values[2]));
        EachRow.run(connection, "INSERT IGNORE INTO retail_conversion (retailer_id, kind, event_key, uid,"
                + " received_at) VALUES (?, ?, ?, ?, ?)", claims);
        Set<String> products = new LinkedHashSet<>();
        lines.forEach(line -> products.add(line.productId()));
        Set<Long> clicked = clickedAdvertisers(connection, uids, now);
        if (!clicked.isEmpty()) {
            owners(connection, products, clicked);
        }
        MultiRow.insert(connection, "INSERT INTO retail_conversion_line (retailer_id, kind, event_key, line_no, uid,"
                + " product_id, quantity, price, attribution, auction_id, advertiser_id, campaign_id, ad_group_id,"
                + " occurred_at)", 14, lines, (statement, first, line) -> {
                    statement.setLong(first, refs.retailerId());
                    statement.setString(first + 1, "PURCHASE");
                    statement.setString(first + 2, line.orderId());
                    statement.setInt(first + 3, line.lineNo());
                    statement.setString(first + 4, line.uid());
                    statement.setString(first + 5, line.productId());
                    statement.setInt(first + 6, line.quantity());
                    statement.setBigDecimal(first + 7, line.price());
                    statement.setString(first + 8, line.attribution());
                    statement.setString(first + 9, line.auctionId());
                    statement.setLong(first + 10, refs.advertiserId());
                    statement.setLong(first + 11, line.campaignId());
                    statement.setLong(first + 12, line.adGroupId());
                    statement.setTimestamp(first + 13, Timestamp.from(now));
                }, "");
        RetailStats.add(connection, refs, byAdGroup, now);
        return NOTHING;
    }

    /**
     * The attribution's first read: the shoppers' latest valid clicks within the retailer's window (14
     * days), 50 at most each, in one query; @return the advertisers clicked
     */
    private Set<Long> clickedAdvertisers(Connection connection, Set<String> uids, Instant now) throws SQLException {
        Set<Long> advertisers = new LinkedHashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT uid, auction_id, advertiser_id,"
                + " campaign_id, ad_group_id, product_ids, clicked_at FROM (SELECT uid, auction_id, advertiser_id,"
                + " campaign_id, ad_group_id, product_ids, clicked_at, ROW_NUMBER() OVER (PARTITION BY uid ORDER BY"
                + " clicked_at DESC) AS recency FROM ad_click WHERE retailer_id = ? AND uid IN ("
                + MultiRow.placeholders(uids.size()) + ") AND clicked_at >= ? AND (billed = TRUE OR"
                + " not_billed_reason = 'budget_exhausted')) recent WHERE recency <= ?"
                + " ORDER BY uid, clicked_at DESC")) {
            int index = 1;
            select.setObject(index++, refs.retailerId());
            for (String uid : uids) {
                select.setObject(index++, uid);
            }
            select.setObject(index++, Timestamp.from(now.minus(Duration.ofDays(WINDOW_DAYS))));
            select.setObject(index, MAX_CLICKS);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    advertisers.add(rows.getLong(3));
                }
            }
        }
        return advertisers;
    }

    /** The attribution's second read: which of the clicked advertisers own the batch's products. */
    private void owners(Connection connection, Set<String> products, Set<Long> advertisers) throws SQLException {
        String productList = MultiRow.placeholders(products.size());
        String advertiserList = MultiRow.placeholders(advertisers.size());
        List<Object> values = new ArrayList<>(products);
        values.addAll(advertisers);
        values.add(refs.retailerId());
        values.addAll(products);
        values.addAll(advertisers);
        try (PreparedStatement select = connection.prepareStatement("SELECT p.product_id, c.advertiser_id FROM"
                + " ad_group_product p JOIN ad_group g ON g.id = p.ad_group_id"
                + " JOIN ad_campaign c ON c.id = g.campaign_id"
                + " WHERE p.product_id IN (" + productList + ") AND c.advertiser_id IN (" + advertiserList + ")"
                + " UNION SELECT r.product_id, a.id FROM retail_product r"
                + " JOIN advertiser a ON a.retailer_id = r.retailer_id AND a.brand = r.brand"
                + " WHERE r.retailer_id = ? AND r.product_id IN (" + productList + ") AND a.id IN ("
                + advertiserList + ")")) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rows.getString(1);
                }
            }
        }
    }
}
