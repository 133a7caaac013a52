package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.it.JsonTarget.Field;
import io.trackline.retail.domain.CanonicalString;
import io.trackline.retail.domain.HmacSignature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of hostile requests across every public endpoint, generated from the tables below (each
 * endpoint's valid request, each kind of attack that applies to it): every one must be refused with a 4xx
 * problem document naming the field where there is one, none may answer 5xx, and no table any of them
 * could write may have a row more or less afterwards. Signed requests are signed validly: a valid
 * signature never makes a hostile body acceptable.
 */
class BadInputCorpusIT extends TracklineIT {

    /** Every table the endpoints below write. */
    private static final List<String> TABLES = List.of("postback", "influencer", "campaign", "widget_total",
            "influencer_daily_stats", "influencer_daily_types", "anti_cheat_visit", "mmp_event", "mmp_event_once",
            "mmp_app_user", "mmp_click", "mmp_session_day", "mmp_daily_traffic", "mmp_daily_events",
            "mmp_active_change", "auction", "auction_winner", "auction_shown", "ad_click", "retail_conversion",
            "retail_conversion_line", "retail_daily_stats", "retail_campaign_stats", "retail_product",
            "retail_category", "retailer", "retailer_key", "api_client", "access_key");
    private static final String RETAILER = "11";
    private static final String LINES = "[{\"product_id\":\"EAN004\",\"quantity\":%s,\"price\":1.99}]";

    @Test
    void everyHostileRequestIsRefusedWithAProblemAndWritesNothing() {
        List<HostileRequest> corpus = corpus();
        assertTrue(corpus.size() >= 200, corpus.size() + " requests");
        Map<String, Long> before = settledRowCounts();

        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            HostileRequest hostile = corpus.get(i);
            String problem = problem(hostile, hostile.send("2001:db8:" + Integer.toHexString(i) + "::1"));
            if (problem != null) {
                wrong.add(hostile + ": " + problem);
            }
        }

        assertTrue(wrong.isEmpty(), wrong.size() + " of " + corpus.size() + " answered wrong:\n"
                + String.join("\n", wrong));
        assertEquals(before, settledRowCounts(), "a refused request wrote something");
    }

    /** What is wrong with the answer, or {@code null} when it is the refusal it should be. */
    private static String problem(HostileRequest hostile, HostileRequest.Answer answer) {
        if (answer.status() < 400 || answer.status() > 499) {
            return "status " + answer.status() + " " + answer.body();
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "content type " + answer.contentType() + " " + answer.body();
        }
        JsonObject problem;
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            problem = reader.readObject();
        }
        if (problem.getInt("status", 0) != answer.status()) {
            return "problem status " + problem.get("status") + " on a " + answer.status();
        }
        if (hostile.field() != null && !names(problem, hostile.field())) {
            return "does not name " + hostile.field() + ": " + answer.body();
        }
        return null;
    }

    private static boolean names(JsonObject problem, String field) {
        if (field.equals(problem.getString("field", null))) {
            return true;
        }
        return problem.containsKey("errors") && problem.getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().anyMatch(error -> field.equals(error.getString("field", null)));
    }

    private static List<HostileRequest> corpus() {
        List<HostileRequest> corpus = new ArrayList<>();
        jsonTargets().forEach(target -> corpus.addAll(target.hostile()));
        corpus.addAll(QueryCorpus.all());
        return corpus;
    }

    private static List<JsonTarget> jsonTargets() {
        UnaryOperator<HostileRequest> none = request -> request;
        String adminToken = Admin.adminToken();
        UnaryOperator<HostileRequest> admin = request -> request.withHeader("Authorization", "Bearer " + adminToken);
        UnaryOperator<HostileRequest> s2s = request -> request.withHeader("Authorization", S2S.SEED_TOKEN);
        UnaryOperator<HostileRequest> signed = BadInputCorpusIT::signed;
        Field lines = new Field("lines[0].quantity", "lines", q -> String.format(LINES, q));
        Field product = new Field("products[0].name", "products", name -> "[{\"product_id\":\"CORPUS-1\""
                + (name == null ? "" : ",\"name\":" + name) + ",\"price\":1.5,\"stock\":3}]");
        Field stock = new Field("products[0].stock", "products",
                n -> "[{\"product_id\":\"CORPUS-1\",\"name\":\"Corpus\",\"stock\":" + n + "}]");
        return List.of(
                new JsonTarget("postback", "POST", "/tracker/" + Postbacks.ACCESS_KEY, members(
                        "influencer_id", "\"corpus\"", "product", "\"product\"", "event_type", "\"reg\"",
                        "ip", "\"192.0.2.1\"", "user_agent", "\"ua\""), Field.top("influencer_id"), 100,
                        null, null, none, true),
                new JsonTarget("test alert", "POST", "/tracker/" + Postbacks.ACCESS_KEY + "/test-alert", members(
                        "product", "\"product\"", "influencer_id", "\"corpus\""), Field.top("influencer_id"), 100,
                        null, null, none, true),
                new JsonTarget("retailer", "POST", "/api/admin/retailers", members("id", "987654321",
                        "name", "\"Corpus\"", "attribution_window_days", "14"), Field.top("name"), 200,
                        Field.top("id"), JsonTarget.notWhole("-1", false), admin, true),
                new JsonTarget("signing key", "POST", "/api/admin/retailers/" + RETAILER + "/keys", members(
                        "label", "\"corpus\""), Field.top("label"), 100, null, null, admin, true),
                new JsonTarget("token", "POST", "/api/auth/token", members("grant_type", "\"client_credentials\"",
                        "client_id", "\"corpus\"", "client_secret", "\"s\""), Field.top("client_id"), 64,
                        null, null, none, true),
                new JsonTarget("mmp postback", "POST", "/mmp/postback", members("user_id", "\"corpus\"",
                        "event_id", "\"purchase\"", "sale_amount", "1"), Field.top("user_id"), 255, null, null,
                        s2s, false),
                new JsonTarget("keyword auction", "POST", "/api/auction/sp/keyword/" + RETAILER, members(
                        "platform_type", "\"WEB_DESKTOP\"", "search_term", "\"cola\"", "uid", "\"corpus\"",
                        "slots", "2"), Field.top("search_term"), 300, Field.top("slots"), JsonTarget.notWhole("0", false),
                        signed, true),
                new JsonTarget("category auction", "POST", "/api/auction/sp/category/7", members(
                        "platform_type", "\"WEB_MOBILE\"", "category", "3", "uid", "\"corpus\""), Field.top("uid"),
                        128, Field.top("category"), JsonTarget.notWhole("-1", true), signed, true),
                new JsonTarget("page auction", "POST", "/api/auction/display/page/" + RETAILER, members(
                        "platform_type", "\"WEB_DESKTOP\"", "page", "\"home\"", "uid", "\"corpus\""),
                        Field.top("page"), 300, null, null, signed, true),
                new JsonTarget("click", "POST", "/api/event/click/" + RETAILER, members("auction_id",
                        "\"00000000-0000-0000-0000-000000000000-1\"", "uid", "\"corpus\""), Field.top("auction_id"),
                        64, null, null, signed, true),
                new JsonTarget("add to cart", "POST", "/api/event/add-to-cart/" + RETAILER, members("uid",
                        "\"corpus\"", "event_id", "\"corpus-cart\"", "lines", String.format(LINES, 1)),
                        Field.top("uid"), 128, lines, JsonTarget.notWhole("0", false), signed, true),
                new JsonTarget("purchase", "POST", "/api/event/purchase/" + RETAILER, members("order_id",
                        "\"corpus-order\"", "uid", "\"corpus\"", "lines", String.format(LINES, 1)),
                        Field.top("order_id"), 64, lines, JsonTarget.notWhole("-1", false), signed, true),
                new JsonTarget("product shown", "POST", "/api/event/product-shown/" + RETAILER, members("uid",
                        "\"corpus\"", "product_ids", "[\"EAN004\"]"), Field.top("uid"), 128, null, null, signed,
                        true),
                new JsonTarget("catalog", "POST", "/api/catalog/" + RETAILER, members("products",
                        product.holding().apply("\"Corpus\"")), product, 300, stock, JsonTarget.notWhole("-1", false),
                        signed, true),
                new JsonTarget("report", "POST", "/api/report/" + RETAILER, members("from", "\"2026-12-01\"",
                        "to", "\"2026-12-02\"", "level", "\"campaign\"", "campaign_id", "1"), Field.top("from"),
                        10, Field.top("campaign_id"), JsonTarget.notWhole("0", false), signed, true));
    }

    /** Signed with the demo retailers' key when the body can be signed at all (hostile or not). */
    private static HostileRequest signed(HostileRequest request) {
        String text = new String(request.body(), StandardCharsets.UTF_8);
        try {
            return request.withHeader("X-STREAEM-HASH", HmacSignature.sign(
                    Retail.SEED_KEY.getBytes(StandardCharsets.UTF_8), CanonicalString.of(text)));
        } catch (RuntimeException unsignable) {
            return request.withHeader("X-STREAEM-HASH", "bm90LWEtc2lnbmF0dXJl");
        }
    }

    private static Map<String, String> members(String... namesAndValues) {
        Map<String, String> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return members;
    }

    private static Map<String, Long> rowCounts() {
        JsonObject counts = Http.json(Http.ok(Http.get("/it-probe/row-counts?tables=" + String.join(",", TABLES))));
        Map<String, Long> rows = new LinkedHashMap<>();
        counts.forEach((table, count) -> rows.put(table, ((jakarta.json.JsonNumber) count).longValue()));
        return rows;
    }

    /**
     * The counts once two looks a second apart agree: anything written behind a response (this test's, or an
     * earlier test's) has landed.
     */
    private static Map<String, Long> settledRowCounts() {
        AtomicReference<Map<String, Long>> counts = new AtomicReference<>(rowCounts());
        Waiting.await("the row counts settle").pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> counts.getAndSet(rowCounts()).equals(counts.get()));
        return counts.get();
    }
}
