import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load and checks for bench/faults.sh: client threads that send requests while the script breaks
 * something, a record of every request, and the verdict of each scenario, checked against MariaDB.
 * <pre>
 * java -cp MARIADB_JAR bench/Faults.java load BASE MODE THREADS MAX_SECONDS LOG PREFIX [RATE]
 *     MODE tracker (POST /tracker/test-access-key), mmp (POST /mmp/postback and /mmp/s2sevent, alternately),
 *     mixed (half the threads each), auction (signed sponsored-product keyword auctions on retailer 11).
 *     Each request has an id of its own (PREFIX-kind-thread-sequence), sent as its Idempotency-Key (as the
 *     shopper's uid for auctions); nothing is retried, the JDK client's own retries included. RATE caps the
 *     requests a second of all threads together (0: as fast as answers come). Runs MAX_SECONDS, or until the
 *     file LOG.stop appears. Writes LOG.started when the first requests go out, then, at the end, LOG (one
 *     line a request: kind, id, start and end in epoch ms, latency in µs, status or -1, Retry-After and
 *     problem+json present, transport error, auction ids, a problem's detail) and LOG.acked (the ids answered
 *     2xx).
 * java -cp MARIADB_JAR bench/Faults.java click BASE AUCTION_ID|new
 *     one signed retail click on retailer 11 (for "new": on the first winner of a signed auction run first);
 *     prints one line: the auction id clicked, the status, Retry-After (1 or 0), the latency in ms, and
 *     "billed=true|false duplicate=true|false" from a 200's body ("-" otherwise).
 * java -cp MARIADB_JAR bench/Faults.java summary LOG [AFTER_MS]
 *     requests, acknowledged, 503s (with Retry-After and problem+json or not), other statuses, transport
 *     errors, latencies, and the first 2xx answered after AFTER_MS.
 * java -cp MARIADB_JAR bench/Faults.java verdict SCENARIO LOG JDBC_URL DB_USER DB_PASSWORD [name=epoch_ms ...]
 *     prints the summary, checks every acknowledged id in the database and prints one line,
 *     "PASS  scenario: figures" or "FAIL  scenario: figures; failed: reasons"; exits 0 either way.
 *     Scenarios and their moments: liberty-kill (kill), mariadb-kill (kill, back), stalled-database
 *     (lock_start, lock_end), liberty-sigterm (signal), auctions-outage (kill, back, poll_until).
 * </pre>
 * JDK 17 or later; plain threads.
 */
public class Faults {

    static final String ACCESS_KEY = "test-access-key";
    static final String S2S_TOKEN = "s2sTokenForTheStoreApp";
    static final long RETAILER = 11;
    static final String RETAILER_KEY = "TEST-KEY";
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    /** After a transport error a thread pauses, so that a dead server is not hammered in a tight loop. */
    static final long PAUSE_AFTER_ERROR_MS = 100;
    static final Pattern GROUP_ID = Pattern.compile("\"auction_group_id\"\\s*:\\s*\"([^\"]+)\"");
    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"([^\"]*)\"");
    static final Pattern AUCTION_ID = Pattern.compile("\"auction_id\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "load" -> load(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Path.of(args[5]), args[6], args.length > 7 ? Double.parseDouble(args[7]) : 0);
            case "summary" -> {
                List<Rec> recs = read(Path.of(args[1]));
                System.out.print(summary(recs, args.length > 2 ? Long.parseLong(args[2]) : 0));
            }
            case "verdict" -> verdict(args);
            case "click" -> click(args[1], args[2]);
            default -> {
                System.err.println("usage: Faults load|summary|verdict ... (see the class comment)");
                System.exit(2);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- load

    /** One request as sent and answered. {@code status} is -1 when no HTTP answer came ({@code error}). */
    record Rec(String kind, String id, long startMs, long endMs, long latencyMicros, int status,
               boolean retryAfter, boolean problem, String error, String auctionIds, String detail) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean answered() {
            return status > 0;
        }

        /** A refusal as the contract wants it: 503, problem+json, Retry-After. */
        boolean proper503() {
            return status == 503 && retryAfter && problem;
        }

        /** An auction answered 200 with its group id and at least one winner. */
        boolean served() {
            return status == 200 && !auctionIds.equals("-") && auctionIds.contains(",");
        }

        double latencyMs() {
            return latencyMicros / 1000.0;
        }

        String line() {
            return String.join("\t", kind, id, Long.toString(startMs), Long.toString(endMs),
                    Long.toString(latencyMicros), Integer.toString(status), retryAfter ? "1" : "0",
                    problem ? "1" : "0", error, auctionIds, detail);
        }

        static Rec parse(String line) {
            String[] f = line.split("\t", -1);
            return new Rec(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                    Integer.parseInt(f[5]), f[6].equals("1"), f[7].equals("1"), f[8], f[9], f[10]);
        }
    }

    static void load(String base, String mode, int threads, int maxSeconds, Path log, String prefix, double rate)
            throws Exception {
        // The JDK client retries a refused connection once unless told not to; this load retries nothing.
        System.setProperty("jdk.httpclient.disableRetryConnect", "true");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        Path stopFile = Path.of(log + ".stop");
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        long paceStart = System.nanoTime();
        AtomicLong slots = new AtomicLong();
        List<List<Rec>> perThread = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        Flag stop = new Flag();
        for (int t = 0; t < threads; t++) {
            List<Rec> recs = new ArrayList<>();
            perThread.add(recs);
            String kind = switch (mode) {
                case "tracker" -> "tracker";
                case "mmp" -> "mmp";
                case "mixed" -> t % 2 == 0 ? "tracker" : "mmp";
                case "auction" -> "auction";
                default -> throw new IllegalArgumentException("mode: tracker, mmp, mixed or auction");
            };
            int thread = t;
            Thread worker = new Thread(() -> {
                Requests requests = new Requests(base, kind, prefix, thread);
                while (!stop.set) {
                    if (rate > 0 && !pace(paceStart, slots.getAndIncrement(), rate, stop)) {
                        break;
                    }
                    Rec rec = send(client, requests.next());
                    recs.add(rec);
                    if (!rec.answered()) {
                        sleep(PAUSE_AFTER_ERROR_MS);
                    }
                }
            }, "load-" + t);
            workers.add(worker);
        }
        workers.forEach(Thread::start);
        Files.writeString(Path.of(log + ".started"), System.currentTimeMillis() + "\n");
        while (System.nanoTime() < deadline && !Files.exists(stopFile)) {
            sleep(50);
        }
        stop.set = true;
        for (Thread worker : workers) {
            worker.join();
        }
        List<Rec> all = perThread.stream().flatMap(List::stream)
                .sorted((a, b) -> Long.compare(a.startMs(), b.startMs())).collect(Collectors.toList());
        StringBuilder lines = new StringBuilder();
        StringBuilder acked = new StringBuilder();
        for (Rec rec : all) {
            lines.append(rec.line()).append('\n');
            if (rec.ok()) {
                acked.append(rec.kind()).append('\t').append(rec.id()).append('\t').append(rec.auctionIds())
                        .append('\n');
            }
        }
        Files.writeString(log, lines);
        Files.writeString(Path.of(log + ".acked"), acked);
        System.out.print(summary(all, 0));
    }

    static final class Flag {
        volatile boolean set;
    }

    /** Waits for slot {@code slot} of a schedule of {@code rate} a second; false when told to stop. */
    static boolean pace(long start, long slot, double rate, Flag stop) {
        long due = start + (long) (slot * 1_000_000_000L / rate);
        while (!stop.set) {
            long wait = due - System.nanoTime();
            if (wait <= 0) {
                return true;
            }
            sleep(Math.min(50, Math.max(1, wait / 1_000_000)));
        }
        return false;
    }

    record Outgoing(String kind, String id, HttpRequest request) {
    }

    /** The requests of one thread: each with an id of its own. */
    static final class Requests {
        private final String base;
        private final String kind;
        private final String prefix;
        private final int thread;
        private long sequence;
        private final Mac mac;

        Requests(String base, String kind, String prefix, int thread) {
            this.base = base;
            this.kind = kind;
            this.prefix = prefix;
            this.thread = thread;
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(RETAILER_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        Outgoing next() {
            long n = sequence++;
            return switch (kind) {
                case "tracker" -> tracker(n);
                case "mmp" -> n % 2 == 0 ? mmp("mmp-postback", "postback", n) : mmp("mmp-s2sevent", "s2sevent", n);
                default -> auction(n);
            };
        }

        private String id(String shortKind, long n) {
            return prefix + "-" + shortKind + "-" + thread + "-" + n;
        }

        private Outgoing tracker(long n) {
            String id = id("pb", n);
            String body = "{\"influencer_id\":\"faults-" + thread % 8 + "\",\"product\":\"product\","
                    + "\"event_type\":\"reg\",\"campaign\":\"faults\",\"country\":\"FR\"}";
            return new Outgoing("tracker", id, HttpRequest.newBuilder(URI.create(base + "/tracker/" + ACCESS_KEY))
                    .timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                    .header("Idempotency-Key", id).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        private Outgoing mmp(String recKind, String path, long n) {
            String id = id(path.equals("postback") ? "mp" : "ms", n);
            StringBuilder form = new StringBuilder()
                    .append("user_id=").append(encode("faults-" + thread + "-" + n % 20))
                    .append("&event_id=purchase&sale_amount=1.5");
            if (path.equals("s2sevent")) {
                form.append("&user_ip=203.0.113.").append(thread % 250 + 1).append("&user_ua=")
                        .append(encode("FaultsLoad/1.0"));
            }
            // POST, not GET: the JDK client may resend a GET on its own when a kept-alive connection was closed.
            return new Outgoing(recKind, id, HttpRequest.newBuilder(URI.create(base + "/mmp/" + path))
                    .timeout(REQUEST_TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", S2S_TOKEN).header("Idempotency-Key", id)
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
        }

        private Outgoing auction(long n) {
            String id = id("au", n);
            String platform = "WEB_DESKTOP";
            String term = "cola";
            String body = "{\"platform_type\":\"" + platform + "\",\"search_term\":\"" + term + "\",\"uid\":\"" + id
                    + "\"}";
            // X-STREAEM-HASH: the values in the order of their names (platform_type, search_term, uid).
            String signature = Base64.getEncoder().encodeToString(
                    mac.doFinal((platform + term + id).getBytes(StandardCharsets.UTF_8)));
            return new Outgoing("auction", id, HttpRequest.newBuilder(
                            URI.create(base + "/api/auction/sp/keyword/" + RETAILER))
                    .timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                    .header("X-STREAEM-HASH", signature).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
    }

    static void click(String base, String auctionId) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
        String clicked = auctionId;
        if (clicked.equals("new")) {
            String uid = "click-" + System.nanoTime();
            HttpResponse<String> auction = client.send(signed(base + "/api/auction/sp/keyword/" + RETAILER,
                    "{\"platform_type\":\"WEB_DESKTOP\",\"search_term\":\"cola\",\"uid\":\"" + uid + "\"}",
                    "WEB_DESKTOP" + "cola" + uid), HttpResponse.BodyHandlers.ofString());
            Matcher winner = AUCTION_ID.matcher(auction.body());
            if (auction.statusCode() != 200 || !winner.find()) {
                throw new IllegalStateException("The auction found no winner: " + auction.statusCode() + " "
                        + auction.body());
            }
            clicked = winner.group(1);
        }
        String uid = "clicker";
        long start = System.nanoTime();
        HttpResponse<String> answer = client.send(signed(base + "/api/event/click/" + RETAILER,
                "{\"auction_id\":\"" + clicked + "\",\"uid\":\"" + uid + "\"}", clicked + uid),
                HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        String outcome = answer.statusCode() != 200 ? "-" : "billed=" + answer.body().contains("\"billed\":true")
                + " duplicate=" + answer.body().contains("\"duplicate\":true");
        System.out.println(clicked + " " + answer.statusCode() + " "
                + (answer.headers().firstValue("Retry-After").isPresent() ? 1 : 0) + " " + ms + " " + outcome);
    }

    /** A retail request signed the seed's way; {@code values} are the body's values in the order of their names. */
    static HttpRequest signed(String url, String body, String values) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(RETAILER_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(values.getBytes(StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("X-STREAEM-HASH", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Rec send(HttpClient client, Outgoing out) {
        long startMs = System.currentTimeMillis();
        long start = System.nanoTime();
        int status = -1;
        boolean retryAfter = false;
        boolean problem = false;
        String error = "-";
        String auctionIds = "-";
        String detail = "-";
        try {
            HttpResponse<String> response = client.send(out.request(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            retryAfter = response.headers().firstValue("Retry-After").isPresent();
            problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            if (out.kind().equals("auction") && status == 200) {
                auctionIds = auctionIds(response.body());
            }
            if (problem) {
                detail = detail(response.body());
            }
        } catch (HttpConnectTimeoutException e) {
            error = "connect-timeout";
        } catch (HttpTimeoutException e) {
            error = "timeout";
        } catch (ConnectException e) {
            error = "refused";
        } catch (IOException e) {
            error = "io:" + token(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        long latencyMicros = (System.nanoTime() - start) / 1_000;
        return new Rec(out.kind(), out.id(), startMs, System.currentTimeMillis(), latencyMicros, status, retryAfter,
                problem, error, auctionIds, detail);
    }

    /** "group,winner1,winner2": the group id first, then every winner's auction id ("-" if none). */
    static String auctionIds(String body) {
        Matcher group = GROUP_ID.matcher(body);
        if (!group.find()) {
            return "-";
        }
        StringBuilder ids = new StringBuilder(group.group(1));
        Matcher winner = AUCTION_ID.matcher(body);
        while (winner.find()) {
            ids.append(',').append(winner.group(1));
        }
        return ids.toString();
    }

    /** A refusal's problem detail, its first words, so that refusals can be told apart by cause. */
    static String detail(String body) {
        Matcher m = DETAIL.matcher(body);
        return m.find() ? token(m.group(1)) : "-";
    }

    static String token(String message) {
        String t = message.replaceAll("\\s+", "_");
        return t.length() > 60 ? t.substring(0, 60) : t;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------------------------------- summary

    static List<Rec> read(Path log) throws IOException {
        List<Rec> recs = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (!line.isBlank()) {
                recs.add(Rec.parse(line));
            }
        }
        return recs;
    }

    static String summary(List<Rec> recs, long afterMs) {
        StringBuilder s = new StringBuilder();
        Map<String, Long> kinds = count(recs, Rec::kind);
        long acked = recs.stream().filter(Rec::ok).count();
        List<Rec> s503 = filter(recs, r -> r.status() == 503);
        s.append(String.format("  requests %d %s, acknowledged (2xx) %d%n", recs.size(), kinds, acked));
        s.append(String.format("  503: %d (with Retry-After %d, with problem+json %d), latency of the 503s max %.1f ms,"
                        + " p99 %.1f ms%n", s503.size(), s503.stream().filter(Rec::retryAfter).count(),
                s503.stream().filter(Rec::problem).count(), max(s503), p99(s503)));
        s.append(String.format("  other statuses: %s; transport errors: %s%n",
                count(filter(recs, r -> r.answered() && !r.ok() && r.status() != 503),
                        r -> Integer.toString(r.status())),
                count(filter(recs, r -> !r.answered()), Rec::error)));
        List<Rec> answered = filter(recs, Rec::answered);
        s.append(String.format("  latency of all answers: p99 %.1f ms, max %.1f ms; answers over 1 s: %d%n",
                p99(answered), max(answered), answered.stream().filter(r -> r.latencyMicros() > 1_000_000).count()));
        s.append("  slowest answers: ").append(answered.stream()
                .sorted(Comparator.comparingLong(Rec::latencyMicros).reversed()).limit(5)
                .map(r -> String.format("%s %d %.0f ms %s", CLOCK.format(Instant.ofEpochMilli(r.startMs())),
                        r.status(), r.latencyMs(), r.detail()))
                .collect(Collectors.joining("; "))).append(System.lineSeparator());
        if (afterMs > 0) {
            s.append(String.format("  first 2xx answered after %d: %s%n", afterMs, firstOkAfter(recs, afterMs)
                    .map(ms -> "+" + ms + " ms").orElse("none")));
        }
        return s.toString();
    }

    static Optional<Long> firstOkAfter(List<Rec> recs, long afterMs) {
        return recs.stream().filter(r -> r.ok() && r.endMs() >= afterMs).map(r -> r.endMs() - afterMs)
                .min(Long::compare);
    }

    static List<Rec> filter(List<Rec> recs, Predicate<Rec> p) {
        return recs.stream().filter(p).collect(Collectors.toList());
    }

    static Map<String, Long> count(List<Rec> recs, Function<Rec, String> key) {
        return recs.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    static double max(List<Rec> recs) {
        return recs.stream().mapToDouble(Rec::latencyMs).max().orElse(0);
    }

    static double p99(List<Rec> recs) {
        if (recs.isEmpty()) {
            return 0;
        }
        double[] sorted = recs.stream().mapToDouble(Rec::latencyMs).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)];
    }

    // ------------------------------------------------------------------------------------------- verdict

    static void verdict(String[] args) throws Exception {
        String scenario = args[1];
        List<Rec> recs = read(Path.of(args[2]));
        Database db = new Database(args[3], args[4], args[5]);
        Map<String, Long> at = new HashMap<>();
        for (int i = 6; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            at.put(kv[0], Long.parseLong(kv[1]));
        }
        System.out.print(summary(recs, at.getOrDefault("back", at.getOrDefault("lock_end", 0L))));
        Verdict v = switch (scenario) {
            case "liberty-kill" -> libertyKill(recs, db, at.get("kill"));
            case "mariadb-kill" -> mariadbKill(recs, db, at.get("kill"), at.get("back"));
            case "stalled-database" -> stalled(recs, db, at.get("lock_start"), at.get("lock_end"));
            case "liberty-sigterm" -> sigterm(recs, db, at.get("signal"));
            case "auctions-outage" -> auctions(recs, db, at.get("kill"), at.get("back"), at.get("poll_until"));
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
        System.out.println(v.line(scenario));
    }

    /** Figures, in order, and the reasons for failing (none: PASS). */
    static final class Verdict {
        final List<String> figures = new ArrayList<>();
        final List<String> failures = new ArrayList<>();

        Verdict figure(String name, Object value) {
            figures.add(name + "=" + value);
            return this;
        }

        Verdict require(boolean holds, String reason) {
            if (!holds) {
                failures.add(reason);
            }
            return this;
        }

        String line(String scenario) {
            return (failures.isEmpty() ? "PASS" : "FAIL") + "  " + scenario + ": " + String.join(", ", figures)
                    + (failures.isEmpty() ? "" : "; failed: " + String.join(", ", failures));
        }
    }

    /** What the database holds of the acknowledged events of a run. */
    record Loss(long acked, long lost, long refusedButStored, List<String> someLost) {
    }

    /** Every postback and MMP event answered 2xx must be stored under its idempotency key. */
    static Loss eventLoss(List<Rec> recs, Database db) throws SQLException {
        Set<String> stored = new HashSet<>();
        String prefix = commonPrefix(recs);
        if (recs.stream().anyMatch(r -> r.kind().equals("tracker"))) {
            stored.addAll(db.keys("SELECT p.idempotency_key FROM postback p JOIN customer c ON c.id = p.customer_id"
                    + " WHERE c.code = 'default' AND p.idempotency_key LIKE ?", prefix));
        }
        if (recs.stream().anyMatch(r -> r.kind().startsWith("mmp"))) {
            stored.addAll(db.keys("SELECT e.idempotency_key FROM mmp_event e JOIN mmp_app a ON a.id = e.app_id"
                    + " WHERE a.code = 'store-app' AND e.idempotency_key LIKE ?", prefix));
        }
        List<String> lost = recs.stream().filter(Rec::ok).map(Rec::id).filter(id -> !stored.contains(id))
                .collect(Collectors.toList());
        long refusedButStored = recs.stream().filter(r -> r.status() == 503 && stored.contains(r.id())).count();
        return new Loss(recs.stream().filter(Rec::ok).count(), lost.size(), refusedButStored,
                lost.subList(0, Math.min(5, lost.size())));
    }

    /** The run's id prefix (PREFIX-kind-...), for one range scan of the idempotency key index. */
    static String commonPrefix(List<Rec> recs) {
        String id = recs.get(0).id();
        String prefix = id.substring(0, id.indexOf('-') + 1);
        if (prefix.contains("_") || prefix.contains("%") || !recs.stream().allMatch(r -> r.id().startsWith(prefix))) {
            throw new IllegalStateException("ids do not share a plain prefix: " + prefix);
        }
        return prefix;
    }

    static Verdict withLoss(Verdict v, Loss loss) {
        v.figure("acknowledged", loss.acked()).figure("lost", loss.lost());
        if (loss.lost() > 0) {
            v.figure("lost_ids", loss.someLost());
        }
        return v.figure("503_yet_stored", loss.refusedButStored())
                .require(loss.lost() == 0, "acknowledged events lost");
    }

    /** The requests under way at some moment from {@code from} to {@code to}: sent before it, answered after. */
    static Predicate<Rec> overlapping(long from, long to) {
        return r -> r.startMs() < to && r.endMs() >= from;
    }

    static Verdict libertyKill(List<Rec> recs, Database db, long kill) throws SQLException {
        List<Rec> before = filter(recs, r -> r.startMs() < kill);
        Verdict v = new Verdict().figure("requests", recs.size())
                .figure("acknowledged_tracker", recs.stream().filter(r -> r.ok() && r.kind().equals("tracker")).count())
                .figure("acknowledged_mmp", recs.stream().filter(r -> r.ok() && r.kind().startsWith("mmp")).count())
                .figure("non2xx_before_kill", before.stream().filter(r -> r.answered() && !r.ok()).count())
                .figure("no_answer_in_flight_at_kill", before.stream().filter(r -> !r.answered()).count());
        withLoss(v, eventLoss(recs, db));
        return v.require(recs.stream().anyMatch(r -> r.ok() && r.kind().equals("tracker"))
                        && recs.stream().anyMatch(r -> r.ok() && r.kind().startsWith("mmp")),
                "no postback or no MMP event acknowledged before the kill");
    }

    static Verdict mariadbKill(List<Rec> recs, Database db, long kill, long back) throws SQLException {
        List<Rec> outage = filter(recs, overlapping(kill, back));
        List<Rec> refusals = filter(outage, r -> !r.ok());
        long improper = refusals.stream().filter(r -> r.answered() && !r.proper503()).count();
        long noAnswer = refusals.stream().filter(r -> !r.answered()).count();
        // sent during the outage: answered within 1 s; in flight at the kill (mid-commit): within 1.5 s
        long slow = outage.stream().filter(r -> !r.answered()
                || r.latencyMicros() > (r.startMs() >= kill ? 1_000_000 : 1_500_000)).count();
        Optional<Long> firstOk = firstOkAfter(recs, back);
        Verdict v = new Verdict().figure("outage_s", (back - kill) / 1000)
                .figure("outage_requests", outage.size())
                .figure("outage_2xx", outage.size() - refusals.size())
                .figure("outage_proper_503", refusals.stream().filter(Rec::proper503).count())
                .figure("outage_other_answers", count(filter(refusals, r -> r.answered() && !r.proper503()),
                        r -> r.status() + (r.status() == 503 ? (r.retryAfter() ? "" : "-no-retry-after")
                                + (r.problem() ? "" : "-no-problem") : "")))
                .figure("outage_no_answer", noAnswer)
                .figure("outage_max_ms", Math.round(max(outage)))
                .figure("outage_too_slow", slow)
                .figure("first_2xx_after_back_ms", firstOk.map(String::valueOf).orElse("none"));
        withLoss(v, eventLoss(recs, db));
        return v.require(recs.stream().anyMatch(r -> r.ok() && r.endMs() < kill),
                        "nothing acknowledged before the kill")
                .require(!outage.isEmpty(), "no request during the outage")
                .require(improper == 0, "refusals other than 503 problem+json with Retry-After")
                .require(noAnswer == 0, "requests without an HTTP answer")
                .require(slow == 0, "answers slower than 1 s (1.5 s for requests in flight at the kill)")
                .require(firstOk.isPresent() && firstOk.get() <= 5_000, "no success within 5 s of MariaDB's return");
    }

    /**
     * Once the table is unlocked, the node is back to normal: only a momentary stall (a pause of the
     * machine, the database catching up) may still make it shed a few requests, as designed: 503s whose
     * causes the verdict lists. Over this share, it has not recovered.
     */
    static final double SETTLED_REFUSALS_ALLOWED = 0.01;

    static Verdict stalled(List<Rec> recs, Database db, long lockStart, long lockEnd) throws SQLException {
        List<Rec> during = filter(recs, overlapping(lockStart, lockEnd));
        List<Rec> refusals = filter(during, r -> !r.ok());
        long proper = refusals.stream().filter(Rec::proper503).count();
        long improper = refusals.stream().filter(r -> r.answered() && !r.proper503()).count();
        long noAnswer = recs.stream().filter(r -> !r.answered()).count();
        long slow503 = during.stream().filter(r -> r.status() == 503 && r.latencyMicros() > 1_000_000).count();
        double maxAll = max(recs);
        Optional<Long> firstOk = firstOkAfter(recs, lockEnd);
        List<Rec> settled = filter(recs, r -> r.startMs() >= lockEnd + 3_000);
        List<Rec> settledFailures = filter(settled, r -> !r.ok());
        Verdict v = new Verdict().figure("lock_s", (lockEnd - lockStart) / 1000)
                .figure("lock_requests", during.size())
                .figure("lock_2xx", during.size() - refusals.size())
                .figure("lock_proper_503", proper)
                .figure("lock_other_answers", count(filter(refusals, r -> r.answered() && !r.proper503()),
                        r -> Integer.toString(r.status())))
                .figure("no_answer", noAnswer)
                .figure("lock_503_over_1s", slow503)
                .figure("max_ms", Math.round(maxAll))
                .figure("first_2xx_after_unlock_ms", firstOk.map(String::valueOf).orElse("none"))
                .figure("non2xx_from_unlock_plus_3s", settledFailures.size() + "/" + settled.size())
                .figure("non2xx_from_unlock_plus_3s_by_cause",
                        count(settledFailures, r -> r.status() + ":" + r.detail()))
                .figure("non2xx_from_unlock_plus_3s_at_ms", settledFailures.stream().limit(20)
                        .map(r -> Long.toString(r.startMs() - lockEnd)).collect(Collectors.joining(",", "[", "]")));
        withLoss(v, eventLoss(recs, db));
        return v.require(proper > 0, "no 503 while the table was locked")
                .require(improper == 0, "refusals other than 503 problem+json with Retry-After")
                .require(noAnswer == 0, "requests without an HTTP answer")
                .require(slow503 == 0, "503s slower than 1 s")
                .require(maxAll < 1_500, "a request took 1.5 s or more")
                .require(firstOk.isPresent() && firstOk.get() <= 5_000, "no success within 5 s of the unlock")
                .require(!settled.isEmpty() && settledFailures.size() <= settled.size() * SETTLED_REFUSALS_ALLOWED,
                        "over 1% of postbacks refused from 3 s after the unlock");
    }

    static Verdict sigterm(List<Rec> recs, Database db, long signal) throws SQLException {
        List<Rec> before = filter(recs, r -> r.startMs() < signal);
        List<Rec> after = filter(recs, r -> r.startMs() >= signal);
        long beforeUnanswered = before.stream().filter(r -> !r.answered()).count();
        Verdict v = new Verdict().figure("sent_before_signal", before.size())
                .figure("answered", before.size() - beforeUnanswered)
                .figure("of_which_2xx", before.stream().filter(Rec::ok).count())
                .figure("statuses", count(filter(before, Rec::answered), r -> Integer.toString(r.status())))
                .figure("no_answer", count(filter(before, r -> !r.answered()), Rec::error))
                .figure("sent_after_signal", after.size())
                .figure("after_answered", after.stream().filter(Rec::answered).count())
                .figure("after_errors", count(filter(after, r -> !r.answered()), Rec::error));
        withLoss(v, eventLoss(recs, db));
        return v.require(before.stream().anyMatch(Rec::ok), "nothing acknowledged before the signal")
                .require(beforeUnanswered == 0, "requests sent before the signal got no HTTP answer");
    }

    static Verdict auctions(List<Rec> recs, Database db, long kill, long back, long pollUntil) throws Exception {
        List<Rec> outage = filter(recs, overlapping(kill, back));
        List<Rec> served = filter(recs, Rec::served);
        long notServed = recs.size() - served.size();
        long outageServed = outage.stream().filter(Rec::served).count();
        Set<String> groups = new LinkedHashSet<>();
        Set<String> winners = new LinkedHashSet<>();
        for (Rec rec : served) {
            String[] ids = rec.auctionIds().split(",");
            groups.add(ids[0]);
            winners.addAll(List.of(ids).subList(1, ids.length));
        }
        Set<String> missing = new LinkedHashSet<>(groups);
        Set<String> missingWinners = new LinkedHashSet<>(winners);
        while (true) {
            try {
                missing.removeAll(
                        db.present("SELECT auction_group_id FROM auction WHERE auction_group_id IN", missing));
                missingWinners.removeAll(
                        db.present("SELECT auction_id FROM auction_winner WHERE auction_id IN", missingWinners));
            } catch (SQLException e) {
                System.out.println("  database not answering yet: " + e.getMessage());
            }
            if ((missing.isEmpty() && missingWinners.isEmpty()) || System.currentTimeMillis() >= pollUntil) {
                break;
            }
            sleep(1_000);
        }
        Verdict v = new Verdict().figure("outage_s", (back - kill) / 1000)
                .figure("served", served.size())
                .figure("served_during_outage", outageServed + "/" + outage.size())
                .figure("not_served", notServed)
                .figure("not_served_by_status", count(filter(recs, r -> !r.served()),
                        r -> r.answered() ? r.status() + (r.status() == 200 ? "-no-winner" : "") : r.error()))
                .figure("outage_max_ms", Math.round(max(outage)))
                .figure("missing_auctions", missing.size())
                .figure("missing_winners", missingWinners.size());
        if (!missing.isEmpty()) {
            v.figure("missing_ids", missing.stream().limit(3).collect(Collectors.toList()));
        }
        return v.require(!outage.isEmpty() && outageServed == outage.size(),
                        "auctions during the outage not all served 200 with winners")
                .require(notServed == 0, "auctions not served")
                .require(missing.isEmpty() && missingWinners.isEmpty(), "served auctions missing from the database");
    }

    /** The checker's connection to MariaDB, opened afresh for each query (the database may have restarted). */
    static final class Database {
        private final String url;
        private final String user;
        private final String password;

        Database(String url, String user, String password) {
            this.url = url;
            this.user = user;
            this.password = password;
        }

        Set<String> keys(String sql, String prefix) throws SQLException {
            Set<String> keys = new HashSet<>();
            try (Connection c = DriverManager.getConnection(url, user, password);
                 PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, prefix + "%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        keys.add(r.getString(1));
                    }
                }
            }
            return keys;
        }

        /** Which of {@code ids} the query ("... WHERE column IN") finds, asked 500 at a time. */
        Set<String> present(String sqlIn, Collection<String> ids) throws SQLException {
            Set<String> found = new HashSet<>();
            List<String> all = new ArrayList<>(ids);
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                for (int from = 0; from < all.size(); from += 500) {
                    List<String> batch = all.subList(from, Math.min(all.size(), from + 500));
                    String marks = batch.stream().map(id -> "?").collect(Collectors.joining(",", " (", ")"));
                    try (PreparedStatement s = c.prepareStatement(sqlIn + marks)) {
                        for (int i = 0; i < batch.size(); i++) {
                            s.setString(i + 1, batch.get(i));
                        }
                        try (ResultSet r = s.executeQuery()) {
                            while (r.next()) {
                                found.add(r.getString(1));
                            }
                        }
                    }
                }
            }
            return found;
        }
    }
}
