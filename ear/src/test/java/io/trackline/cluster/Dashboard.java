package io.trackline.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard's Keys page as a script drives it over plain HTTP, signed in with a session of its own:
 * its Faces forms posted as PrimeFaces' Ajax posts them (view state, script nonce, partial request).
 */
final class Dashboard {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern VIEW_STATE_UPDATE =
            Pattern.compile("<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)]]>");
    private static final Pattern NONCE = Pattern.compile("csp\\.init\\('([^']+)'\\)");
    private static final Pattern SECRET = Pattern.compile("id=\"secretValue\"[^>]*>([A-Za-z0-9_-]{43})<");
    private static final String KEYS_PAGE = "/dashboard/access/keys.xhtml";

    private final Node node;
    private final HttpClient client;
    private String viewState;
    private String nonce;

    private Dashboard(Node node, HttpClient client) {
        this.node = node;
        this.client = client;
    }

    static Dashboard signIn(Node node, String username, String password) {
        Dashboard dashboard = new Dashboard(node, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build());
        HttpResponse<String> login = dashboard.page("/dashboard/login.xhtml");
        HttpResponse<String> signedIn = dashboard.post("/dashboard/login.xhtml", false, "login_SUBMIT", "1",
                "login:username", username, "login:password", password, "login:signIn", "",
                "jakarta.faces.ViewState", dashboard.found(VIEW_STATE, login),
                "primefaces.nonce", dashboard.found(NONCE, login));
        assertEquals(302, signedIn.statusCode(), node + ": signing in as " + username + ": " + signedIn.body());
        HttpResponse<String> keys = dashboard.page(KEYS_PAGE);
        dashboard.viewState = dashboard.found(VIEW_STATE, keys);
        dashboard.nonce = dashboard.found(NONCE, keys);
        return dashboard;
    }

    /** Issues an access key of the signed-in brand with that label, and answers its secret. */
    String issueAccessKey(String label) {
        HttpResponse<String> answer = click("keys:issueKey", "keys:keyLabel", "keys:keyLabel", label);
        return found(SECRET, answer);
    }

    void revokeAccessKey(String label) {
        HttpResponse<String> page = page(KEYS_PAGE);
        viewState = found(VIEW_STATE, page);
        nonce = found(NONCE, page);
        Matcher row = Pattern.compile(Pattern.quote(label) + ".*?id=\"(keys:accessKeys:\\d+:revoke)\"",
                Pattern.DOTALL).matcher(page.body());
        if (!row.find()) {
            throw new AssertionError(node + ": no Revoke button for the access key " + label);
        }
        HttpResponse<String> answer = click(row.group(1), null);
        assertTrue(answer.body().contains("is revoked."), node + ": revoking " + label + ": " + answer.body());
    }

    /** A PrimeFaces Ajax click on {@code button}, processing it and {@code field}, with these fields. */
    private HttpResponse<String> click(String button, String field, String... values) {
        List<String> fields = new ArrayList<>(List.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", button,
                "jakarta.faces.partial.execute", field == null ? button : button + " " + field,
                "jakarta.faces.partial.render", "keys messages", button, button, "keys", "keys",
                "jakarta.faces.ViewState", viewState, "primefaces.nonce", nonce));
        Collections.addAll(fields, values);
        HttpResponse<String> answer = post(KEYS_PAGE, true, fields.toArray(String[]::new));
        assertEquals(200, answer.statusCode(), node + ": " + button + ": " + answer.body());
        Matcher update = VIEW_STATE_UPDATE.matcher(answer.body());
        if (update.find()) {
            viewState = update.group(1);
        }
        return answer;
    }

    private HttpResponse<String> page(String path) {
        HttpResponse<String> page = Node.send(client, node.request(path).GET().build());
        assertEquals(200, page.statusCode(), node + path + ": " + page.body());
        return page;
    }

    private HttpResponse<String> post(String path, boolean ajax, String... fields) {
        StringJoiner form = new StringJoiner("&");
        for (int i = 0; i < fields.length; i += 2) {
            form.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = node.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return Node.send(client, request.build());
    }

    private String found(Pattern pattern, HttpResponse<String> page) {
        Matcher matcher = pattern.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError(node + ": no " + pattern + " in " + page.uri() + " (" + page.statusCode()
                    + "): " + page.body());
        }
        return matcher.group(1);
    }
}
