package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

import org.openqa.selenium.By;

/**
 * The dashboard's sign-in attacked as a script and a browser would: failed sign-ins throttled per username and
 * per address (429 with Retry-After, a page for a browser, a problem for anyone else, the password never
 * looked at); an unknown username as slow to refuse as a wrong password; no session, nor any cookie, for a
 * visitor who has not signed in, and a new session id at sign-in; HttpOnly, SameSite cookies and HSTS on
 * HTTPS only; "Demo mode" said plainly; and a hostile product name neutralised in the catalog's CSV export.
 * Each test speaks for addresses of its own (198.51.100.0/24, through X-Forwarded-For from loopback, a trusted
 * proxy here) and throttles only usernames of its own.
 */
class DashboardSecurityIT extends TracklineIT {

    private static final String PASSWORD = Dashboard.PASSWORD;
    private static final String FORWARDED = "X-Forwarded-For";
    private static final AtomicInteger USERS = new AtomicInteger();

    private final LoginForm form = LoginForm.overHttp();

    @Test
    void failedSignInsOfAUsernameAreThrottledFromAnyAddressBeforeThePasswordIsLookedAt() {
        String user = newUser();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused = form.signIn(user, "wrong password", FORWARDED, "198.51.100.11");
            assertEquals(200, refused.statusCode());
            assertTrue(refused.body().contains("Wrong username or password."), refused.body());
        }

        HttpResponse<String> throttled = form.signIn(user, PASSWORD, FORWARDED, "198.51.100.12");
        Http.assertProblem(429, null, throttled);
        assertEquals("urn:trackline:problem:too-many-requests", Http.json(throttled).getString("type"));
        long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertTrue(LoginForm.cookies(throttled).isEmpty(), "the right password signed nobody in");

        HttpResponse<String> page = form.signIn(user, PASSWORD, FORWARDED, "198.51.100.12",
                "Accept", LoginForm.BROWSER_ACCEPT);
        assertEquals(429, page.statusCode());
        assertTrue(Http.contentType(page).startsWith("text/html"), Http.contentType(page));
        assertTrue(page.body().matches("(?s).*Too many failed sign-ins; try again in \\d+ s\\..*"), page.body());
        assertTrue(page.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void aSignInStartsItsUsernameAfresh() {
        String user = newUser();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                form.signIn(user, "wrong password", FORWARDED, "198.51.100.13");
            }
            assertEquals(302, form.signIn(user, PASSWORD, FORWARDED, "198.51.100.13").statusCode(),
                    "round " + round + ": 8 failures in all, but never 5 since the last sign-in");
        }
    }

    @Test
    void failedAuthenticationsOfAnAddressAnywhereThrottleItsSignIns() {
        String user = newUser();
        String address = "198.51.100.14";
        int limit = Integer.getInteger("trackline.it.auth.failures-per-ip", 200);
        for (int i = 0; i < limit - 2; i++) {
            assertEquals(401, Http.send(Http.request("/api/auth/token").header(FORWARDED, address)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=guess-" + i
                            + "&client_secret=guess")).build()).statusCode(), "API failure " + i);
        }
        form.signIn("nobody-" + user, "guess", FORWARDED, address);
        form.signIn(user, "guess", FORWARDED, address);

        String another = newUser();
        HttpResponse<String> throttled = form.signIn(another, PASSWORD, FORWARDED, address);
        Http.assertProblem(429, null, throttled);
        assertTrue(Http.json(throttled).getString("detail").contains("address"), throttled.body());
        assertEquals(302, form.signIn(another, PASSWORD, FORWARDED, "198.51.100.15").statusCode(),
                "the same user signs in from another address");
    }

    @Test
    void anUnknownUsernameTakesAsLongToRefuseAsAWrongPassword() {
        List<Long> wrongPassword = new ArrayList<>();
        List<Long> unknownUser = new ArrayList<>();
        List<String> users = List.of(newUser(), newUser(), newUser());
        for (int i = 0; i < 9; i++) {
            wrongPassword.add(millisToRefuse(users.get(i % 3), "198.51.100.16"));
            unknownUser.add(millisToRefuse("nobody-" + System.nanoTime(), "198.51.100.16"));
        }

        long wrong = median(wrongPassword);
        long unknown = median(unknownUser);
        assertTrue(unknown * 2 >= wrong, "an unknown username refused in " + unknown + " ms (median), a wrong"
                + " password in " + wrong + " ms: " + unknownUser + " against " + wrongPassword);
    }

    @Test
    void aVisitorWhoHasNotSignedInGetsNoSessionNorAnyCookie() {
        String address = "198.51.100.17";
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> page = form.get(LoginForm.PAGE, FORWARDED, address);
            assertEquals(200, page.statusCode());
            assertEquals(List.of(), LoginForm.cookies(page), "GET of the login page " + i);
        }
        for (String path : List.of("/dashboard/", "/dashboard/index.xhtml", "/dashboard/retail/catalog.xhtml",
                "/dashboard/access/users.xhtml", "/dashboard/no-such-page.xhtml")) {
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> redirect = form.get(path, FORWARDED, address);
                assertEquals(302, redirect.statusCode(), path);
                assertEquals(List.of(), LoginForm.cookies(redirect), path);
            }
        }
        HttpResponse<String> css = form.get("/dashboard/jakarta.faces.resource/dashboard.css.xhtml?ln=trackline");
        assertEquals(200, css.statusCode());
        assertEquals(List.of(), LoginForm.cookies(css), "a page's resources");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> failed = form.signIn("nobody-" + System.nanoTime(), "guess", FORWARDED, address);
            assertEquals(List.of(), LoginForm.cookies(failed), "failed sign-in " + i);
        }

        HttpResponse<String> signedIn = form.signIn(newUser(), PASSWORD, FORWARDED, address);
        assertEquals(302, signedIn.statusCode());
        assertTrue(LoginForm.cookie(signedIn, "JSESSIONID").isPresent(), LoginForm.cookies(signedIn).toString());
        assertTrue(LoginForm.cookie(signedIn, "LtpaToken2").isPresent(), LoginForm.cookies(signedIn).toString());
    }

    @Test
    void aSessionBroughtAlongToASignInGetsANewId() {
        String user = newUser();
        HttpResponse<String> first = form.signIn(user, PASSWORD, FORWARDED, "198.51.100.18");
        String session = LoginForm.value(LoginForm.cookie(first, "JSESSIONID").orElseThrow());
        String sso = LoginForm.value(LoginForm.cookie(first, "LtpaToken2").orElseThrow());
        assertEquals(200, form.get("/dashboard/index.xhtml", "Cookie", "JSESSIONID=" + session + "; LtpaToken2=" + sso)
                .statusCode(), "signed in with those cookies");

        HttpResponse<String> again = form.signIn(user, PASSWORD, FORWARDED, "198.51.100.18",
                "Cookie", "JSESSIONID=" + session + "; LtpaToken2=" + sso);
        String renewed = LoginForm.value(LoginForm.cookie(again, "JSESSIONID").orElseThrow());
        assertNotEquals(session, renewed, "the session of the earlier sign-in gets a new id");

        String planted = "0000PlantedByAnAttacker0000:trackline";
        HttpResponse<String> fixated = form.signIn(user, PASSWORD, FORWARDED, "198.51.100.18",
                "Cookie", "JSESSIONID=" + planted);
        assertNotEquals(planted, LoginForm.value(LoginForm.cookie(fixated, "JSESSIONID").orElseThrow()));
    }

    @Test
    void cookiesAreHttpOnlyAndSameSiteAndHstsGoesWithHttpsOnly() {
        for (LoginForm over : List.of(form, LoginForm.overHttps())) {
            HttpResponse<String> signedIn = over.signIn(newUser(), PASSWORD, FORWARDED, "198.51.100.19");
            assertEquals(302, signedIn.statusCode());
            for (String name : List.of("JSESSIONID", "LtpaToken2")) {
                List<String> attributes = LoginForm.attributes(LoginForm.cookie(signedIn, name).orElseThrow());
                assertTrue(attributes.contains("httponly"), name + ": " + attributes);
                assertTrue(attributes.contains("samesite=strict"), name + ": " + attributes);
            }
        }
        // This server keeps trackline.http.secure-cookies at its default (false), so that its browser tests
        // sign in over plain HTTP; with true, Liberty marks both Secure (the production-start test's case).

        LoginForm https = LoginForm.overHttps();
        for (String path : List.of(LoginForm.PAGE, "/no/such/path", "/api/widgets/default/product/hsts/totals")) {
            assertEquals("max-age=31536000", https.get(path).headers().firstValue("Strict-Transport-Security")
                    .orElse(""), "over HTTPS, " + path);
            assertEquals("", form.get(path).headers().firstValue("Strict-Transport-Security").orElse(""),
                    "over HTTP, " + path);
        }
    }

    @Test
    void demoModeIsSaidPlainlyAndAThrottledBrowserIsToldHowLongToWait() {
        String user = newUser();
        try (Dashboard dashboard = new Dashboard()) {
            dashboard.open("/login.xhtml");
            assertTrue(dashboard.element("demoMode").getText().contains("Demo mode"), dashboard.page());
            assertTrue(dashboard.element("demoMode").getText().contains("Never expose this server."));
            dashboard.screenshot("dashboard-login-demo-mode");

            for (int i = 0; i < 6; i++) {
                dashboard.open("/login.xhtml");
                dashboard.signIn(user, i < 5 ? "wrong password" : PASSWORD);
                dashboard.waitFor("the answer", driver -> driver.findElements(By.cssSelector(".ui-messages-error"))
                        .size() > 0);
            }
            assertTrue(dashboard.page().matches("(?s).*Too many failed sign-ins; try again in \\d+ s\\..*"));
            dashboard.screenshot("dashboard-login-throttled");

            dashboard.open("/login.xhtml");
            dashboard.signIn("brand");
            assertTrue(dashboard.element("demoMode").isDisplayed());
            assertTrue(dashboard.browser.findElement(By.cssSelector("header.tl-header")).getText()
                    .contains("Demo mode"));
            dashboard.screenshot("dashboard-header-demo-mode");
        }
    }

    @Test
    void aCatalogExportNeutralisesCellsASpreadsheetWouldRunAsFormulas() {
        String productId = "CSV-" + System.nanoTime();
        Http.ok(Retail.post("/api/catalog/11", "{\"products\":[{\"product_id\":\"" + productId + "\","
                + "\"name\":\"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\",\"brand\":\"-2+3\",\"price\":1.5,"
                + "\"stock\":2}]}"));
        try (Dashboard dashboard = new Dashboard()) {
            dashboard.signIn("retailer");
            dashboard.open("/retail/catalog.xhtml");
            dashboard.element("catalog:search").sendKeys(productId);
            dashboard.element("catalog:find").click();
            dashboard.waitFor("the product", driver -> dashboard.texts(
                    By.cssSelector("[id='catalog:products_data'] tr td:first-child")).equals(List.of(productId)));

            String csv = (String) dashboard.browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const form = document.getElementById('catalog');
                    const data = new URLSearchParams(new FormData(form));
                    data.append(document.getElementById('catalog:products:csv').name, '');
                    fetch(form.action, {method: 'POST', body: data})
                        .then(response => response.text()).then(done, failure => done('failed: ' + failure));
                    """);

            assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""), csv);
            assertTrue(csv.contains("\"'-2+3\""), csv);
            assertFalse(csv.contains("\"=HYPERLINK"), csv);
            assertTrue(csv.contains("\"" + productId + "\""), csv);
        }
    }

    /** A brand user of this test's own, with the demo password. */
    private static String newUser() {
        String username = "sec-" + USERS.incrementAndGet() + "-" + System.nanoTime();
        Http.ok(Http.send(Http.request("/it-probe/dashboard-users?username=" + username)
                .POST(HttpRequest.BodyPublishers.noBody()).build()));
        return username;
    }

    private long millisToRefuse(String username, String address) {
        HttpResponse<String> page = form.get(LoginForm.PAGE, FORWARDED, address);
        long start = System.nanoTime();
        HttpResponse<String> refused = form.post(page, username, "wrong password", FORWARDED, address);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(refused.body().contains("Wrong username or password."), refused.body());
        return millis;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
