package io.trackline.it;

import java.util.ArrayList;
import java.util.List;

/**
 * The bad-input corpus of the parameter APIs (MMP calls, reports, widgets, the token form), from tables:
 * an endpoint's valid parameters, and for each parameter the hostile values it must refuse, each naming
 * the parameter in its refusal.
 */
final class QueryCorpus {

    private static final String TOKEN = S2S.SEED_TOKEN;
    private static final String LONG_WIDGET_NAME = "w".repeat(101);

    /** Parameter, hostile raw value (as it goes on the wire), and the field the refusal names. */
    private static final String[][] EVENT_PARAMETERS = {
            {"user_id", "%zz", "user_id"}, {"user_id", "%C3%28", "user_id"}, {"user_id", "a%00b", "user_id"},
            {"user_id", "u".repeat(256), "user_id"}, {"event_id", "not-declared", "event_id"},
            {"event_id", "e".repeat(65), "event_id"}, {"sale_amount", "1e999", "sale_amount"},
            {"sale_amount", "abc", "sale_amount"}, {"sale_amount", "-1", "sale_amount"},
            {"sale_amount", "1.1234567", "sale_amount"}, {"sale_amout", "NaN", "sale_amout"},
            {"sale_amount_currency", "XYZ", "sale_amount_currency"},
            {"aggregated_event_value", "1e20", "aggregated_event_value"}, {"clkid", "c".repeat(65), "clkid"},
            {"user_ip", "999.1.1.1", "user_ip"}, {"user_ip", "1.2.3", "user_ip"},
            {"user_ua", "a".repeat(1025), "user_ua"}, {"event_value", "v".repeat(4097), "event_value"}};

    private static final String[][] CLICK_PARAMETERS = {
            {"user_ip", "256.0.0.1", "user_ip"}, {"user_ip", "%FF", "user_ip"}, {"sub1", "s".repeat(256), "sub1"},
            {"publisher", "p".repeat(101), "publisher"}, {"user_ua", "a".repeat(1025), "user_ua"},
            {"campaign", "c%00", "campaign"}};

    private static final String[][] REPORT_PARAMETERS = {
            {"day", "2026-13-01", "day"}, {"day", "yesterday", "day"}, {"from", "2026-12-05&to=2026-12-01", "to"},
            {"from", "2026-01-01&to=2026-12-01", "to"}};

    private static final String[][] WIDGETS = {
            {"a campaign that is not UTF-8", "/api/widgets/default/product/corpus/totals?campaign=%C3%28", "campaign"},
            {"an overlong campaign", "/api/widgets/default/product/corpus/totals?campaign=" + LONG_WIDGET_NAME,
                    "campaign"},
            {"two campaigns", "/api/widgets/default/product/corpus/totals?campaign=a&campaign=b", "campaign"},
            {"an overlong influencer", "/api/widgets/default/product/" + LONG_WIDGET_NAME + "/totals",
                    "influencer_id"},
            {"a path that is not UTF-8 (the server refuses it before any resource)",
                    "/api/widgets/default/product/%C0%AF/totals", null},
            {"a stream's campaign that is not UTF-8", "/api/widgets/default/product/corpus/events?campaign=%FF",
                    "campaign"},
            {"an overlay path that is not UTF-8", "/widget/default/product/%FF%FE", null},
            {"an overlay's overlong campaign", "/widget/default/product/corpus/" + LONG_WIDGET_NAME, "campaign"},
            {"a tracker path that is not UTF-8", "/tracker/%ED%A0%80", null},
            {"an overlong product", "/api/widgets/default/" + "p".repeat(65) + "/corpus/totals", "product"}};

    private static final String[][] TOKEN_FORMS = {
            {"client_id given two values", "grant_type=client_credentials&client_id=a&client_id=b&client_secret=s",
                    "client_id"},
            {"a client_id that is not UTF-8", "grant_type=client_credentials&client_id=%FF&client_secret=s",
                    "client_id"},
            {"an overlong client_id", "grant_type=client_credentials&client_secret=s&client_id=" + "c".repeat(65),
                    "client_id"},
            {"another grant", "grant_type=password&client_id=a&client_secret=s", "grant_type"},
            {"no grant", "client_id=a&client_secret=s", "grant_type"},
            {"a NUL in the secret", "grant_type=client_credentials&client_id=a&client_secret=s%00", "client_secret"}};

    private QueryCorpus() {
    }

    static List<HostileRequest> all() {
        List<HostileRequest> corpus = new ArrayList<>();
        for (String endpoint : List.of("postback", "s2sevent")) {
            String valid = "s2s_token=" + TOKEN + "&user_id=corpus&event_id=purchase&user_ip=192.0.2.7&user_ua=ua";
            for (String[] hostile : EVENT_PARAMETERS) {
                corpus.add(HostileRequest.get(endpoint + ": " + hostile[0] + "=" + abbreviated(hostile[1]),
                        "/mmp/" + endpoint + "?" + replaced(valid, hostile[0], hostile[1]), hostile[2]));
            }
            corpus.add(HostileRequest.get(endpoint + ": user_id given two values", "/mmp/" + endpoint + "?" + valid
                    + "&user_id=other", "user_id"));
            corpus.add(HostileRequest.get(endpoint + ": no user_id", "/mmp/" + endpoint + "?"
                    + valid.replace("&user_id=corpus", ""), "user_id"));
            corpus.add(HostileRequest.get(endpoint + ": no token", "/mmp/" + endpoint + "?"
                    + valid.replace("s2s_token=" + TOKEN + "&", ""), null));
            corpus.add(HostileRequest.get(endpoint + ": a wrong token", "/mmp/" + endpoint + "?"
                    + valid.replace(TOKEN, "wrong-token"), null));
            corpus.add(HostileRequest.body(endpoint + ": a form user_id that is not UTF-8", "POST",
                    "/mmp/" + endpoint + "?s2s_token=" + TOKEN, "application/x-www-form-urlencoded",
                    HostileRequest.utf8("user_id=%C3%28&event_id=purchase&user_ip=192.0.2.7&user_ua=ua"), "user_id"));
            corpus.add(HostileRequest.body(endpoint + ": user_id in query and form differing", "POST",
                    "/mmp/" + endpoint + "?s2s_token=" + TOKEN + "&user_id=a", "application/x-www-form-urlencoded",
                    HostileRequest.utf8("user_id=b&event_id=purchase&user_ip=192.0.2.7&user_ua=ua"), "user_id"));
        }
        corpus.add(HostileRequest.get("s2sevent: no user_ua", "/mmp/s2sevent?s2s_token=" + TOKEN
                + "&user_id=corpus&event_id=purchase&user_ip=192.0.2.7", "user_ua"));
        String click = "no_redirect=true&s2stoken=" + TOKEN + "&user_ip=203.0.113.77&user_ua=ua";
        for (String[] hostile : CLICK_PARAMETERS) {
            corpus.add(HostileRequest.get("click: " + hostile[0] + "=" + abbreviated(hostile[1]), "/mmp/click?"
                    + replaced(click, hostile[0], hostile[1]), hostile[2]));
        }
        corpus.add(HostileRequest.get("click: no_redirect false without a link", "/mmp/click?"
                + click.replace("no_redirect=true", "no_redirect=false"), "no_redirect"));
        for (String[] hostile : REPORT_PARAMETERS) {
            corpus.add(HostileRequest.get("report: " + hostile[0] + "=" + hostile[1], "/mmp/report?token=" + TOKEN
                    + "&" + hostile[0] + "=" + hostile[1], hostile[2]));
        }
        for (String[] hostile : WIDGETS) {
            corpus.add(HostileRequest.get(hostile[0], hostile[1], hostile[2]));
        }
        for (String[] hostile : TOKEN_FORMS) {
            corpus.add(HostileRequest.body("token: " + hostile[0], "POST", "/api/auth/token",
                    "application/x-www-form-urlencoded", HostileRequest.utf8(hostile[1]), hostile[2]));
        }
        corpus.add(HostileRequest.body("token: a form that is not UTF-8", "POST", "/api/auth/token",
                "application/x-www-form-urlencoded", new byte[] {'a', '=', (byte) 0xC0, (byte) 0xAF}, "body"));
        corpus.add(HostileRequest.body("postback: an unknown access key", "POST", "/tracker/no-such-key",
                "application/json", HostileRequest.utf8("{\"influencer_id\":\"i\",\"product\":\"product\"}"), null));
        corpus.add(HostileRequest.body("postback: 70 KB", "POST", "/tracker/" + Postbacks.ACCESS_KEY,
                "application/json", HostileRequest.utf8("{\"influencer_id\":\"" + "i".repeat(70_000) + "\"}"), null));
        return corpus;
    }

    /** The query with the parameter at the hostile value (added when the query has none of that name). */
    private static String replaced(String query, String name, String value) {
        List<String> parameters = new ArrayList<>();
        boolean found = false;
        for (String parameter : query.split("&")) {
            if (parameter.startsWith(name + "=")) {
                parameters.add(name + "=" + value);
                found = true;
            } else {
                parameters.add(parameter);
            }
        }
        if (!found) {
            parameters.add(name + "=" + value);
        }
        return String.join("&", parameters);
    }

    private static String abbreviated(String value) {
        return value.length() > 20 ? value.substring(0, 8) + "…(" + value.length() + ")" : value;
    }
}
