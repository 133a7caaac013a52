package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard in a real browser: signing in (and a wrong password), the retail screens each role has
 * (catalog search included), tenant isolation (a retailer's user sees its own retailer and nothing of
 * another's), a signing key issued and shown once (in its whsec_ form too), then revoked; a retailer made
 * to require Standard Webhooks and to accept either again; screenshots of each in target/screenshots.
 */
class DashboardBrowserIT extends TracklineIT {

    private static final String PASSWORD = Dashboard.PASSWORD;

    private Dashboard dashboard;
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        dashboard = new Dashboard();
        browser = dashboard.browser;
    }

    @AfterEach
    void closeBrowser() {
        dashboard.close();
    }

    @Test
    void aWrongPasswordIsRefusedAndEveryPageAsksForASignIn() {
        browser.get(Browser.url("/dashboard/retail/retailers.xhtml"));
        waitFor("the login page", driver -> driver.getCurrentUrl().contains("/login.xhtml"));

        signIn("admin", "not-the-password");

        waitFor("the refusal", driver -> driver.getPageSource().contains("Wrong username or password."));
        Browser.screenshot(browser, "dashboard-login-refused");
    }

    @Test
    void anAdminSeesEveryRetailerIssuesAKeyShownOnceAndRevokesIt() {
        signIn("admin", PASSWORD);
        waitFor("the overview", driver -> driver.getPageSource().contains("Retail media, last 14 days"));
        assertTrue(browser.getPageSource().contains("Demo retailer 7"));
        assertTrue(browser.getPageSource().contains("Demo retailer 11"));
        Browser.screenshot(browser, "dashboard-admin-overview");

        browser.get(Browser.url("/dashboard/retail/retailers.xhtml"));
        List<String> names = texts(By.cssSelector("[id$='list'] tbody tr td:nth-child(2)"));
        assertTrue(names.containsAll(List.of("Demo retailer 5", "Demo retailer 7", "Demo retailer 11")),
                names.toString());
        rowButton("Demo retailer 7", "Keys").click();
        waitFor("retailer 7's keys", driver -> driver.getPageSource().contains("Signing keys of Demo retailer 7"));

        String label = "checkout servers " + System.nanoTime();
        browser.findElement(By.id("keyForm:label")).sendKeys(label);
        browser.findElement(By.id("keyForm:issue")).click();
        waitFor("the secret", driver -> !driver.findElements(By.id("secretValue")).isEmpty());
        String secret = browser.findElement(By.id("secretValue")).getText();
        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
        assertEquals(Webhooks.secret(secret), browser.findElement(By.id("webhookSecretValue")).getText(),
                "the same key in its whsec_ form");
        Browser.screenshot(browser, "dashboard-key-issued");
        browser.findElement(By.id("keyForm:taken")).click();
        waitFor("the secret to go", driver -> driver.findElements(By.id("secretValue")).isEmpty());
        assertFalse(browser.getPageSource().contains(secret), "a secret is shown once");
        assertEquals(404, Retail.post("/api/auction/sp/keyword/7", "{\"platform_type\":\"WEB_DESKTOP\","
                + "\"search_term\":\"nothing here\",\"uid\":\"u\"}", secret).statusCode(), "the new key signs");

        rowButton(label, "Revoke").click();
        waitFor("the confirmation", driver -> driver.findElement(By.cssSelector(".ui-confirmdialog-yes"))
                .isDisplayed());
        browser.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        waitFor("the key revoked", driver -> driver.getPageSource().contains("is revoked"));
        assertEquals(400, Retail.post("/api/auction/sp/keyword/7", "{\"platform_type\":\"WEB_DESKTOP\","
                + "\"search_term\":\"nothing here\",\"uid\":\"u\"}", secret).statusCode(),
                "a revoked key signs nothing");
        Browser.screenshot(browser, "dashboard-key-revoked");
    }

    @Test
    void anAdminMakesARetailerRequireStandardWebhooksAndAcceptEitherAgain() {
        long retailer = Retail.newRetailer(Retail.SEED_KEY, false);
        String name = "Webhook shop " + System.nanoTime();
        Admin.call("PATCH", "/api/admin/retailers/" + retailer, Admin.adminToken(), "{\"name\":\"" + name + "\"}");
        String path = "/api/event/product-shown/" + retailer;
        String shown = "{\"uid\":\"u\",\"product_ids\":[\"P1\"]}";
        signIn("admin", PASSWORD);
        waitFor("the overview", driver -> driver.getPageSource().contains("Retail media, last 14 days"));

        browser.get(Browser.url("/dashboard/retail/retailers.xhtml"));
        rowButton(name, "Keys").click();
        waitFor("its signatures", driver -> driver.getPageSource().contains("Signatures " + name + " accepts"));
        assertEquals("X-STREAEM-HASH or Standard Webhooks", browser.findElement(By.id("keyForm:scheme_label"))
                .getText());
        dashboard.choose("keyForm:scheme", "Standard Webhooks only");
        browser.findElement(By.id("keyForm:saveScheme")).click();
        waitFor("the change", driver -> driver.getPageSource().contains(name + " now accepts Standard Webhooks"));
        assertTrue(dashboard.row("retailers:list", Long.toString(retailer)).contains("Standard Webhooks only"));
        Browser.screenshot(browser, "dashboard-retailer-requires-standard-webhooks");

        assertEquals(400, Retail.post(path, shown, Retail.SEED_KEY).statusCode(), "the seed's signature refused");
        assertEquals(200, Webhooks.post(path, shown, Webhooks.secret(Retail.SEED_KEY)).statusCode());

        dashboard.choose("keyForm:scheme", "X-STREAEM-HASH or Standard Webhooks");
        browser.findElement(By.id("keyForm:saveScheme")).click();
        waitFor("the change back", driver -> driver.getPageSource().contains(name
                + " now accepts X-STREAEM-HASH or Standard Webhooks"));
        assertEquals(200, Retail.post(path, shown, Retail.SEED_KEY).statusCode(), "the seed's signature again");
    }

    @Test
    void aRetailersUserSeesItsOwnRetailerOnlyAndItsReport() {
        signIn("retailer", PASSWORD);
        waitFor("the overview", driver -> driver.getPageSource().contains("Retail media, last 14 days"));
        assertTrue(browser.getPageSource().contains("Demo retailer 11"));
        assertFalse(browser.getPageSource().contains("Demo retailer 7"), "another retailer's figures");

        browser.get(Browser.url("/dashboard/retail/retailers.xhtml"));
        waitFor("its keys", driver -> driver.getPageSource().contains("Signing keys of Demo retailer 11"));
        assertEquals(List.of("Demo retailer 11"), texts(By.cssSelector("[id$='list'] tbody tr td:nth-child(2)")));
        Browser.screenshot(browser, "dashboard-retailer-keys");

        browser.get(Browser.url("/dashboard/retail/report.xhtml"));
        waitFor("the report", driver -> !driver.findElements(By.cssSelector("canvas")).isEmpty());
        assertEquals(List.of("Demo retailer 11 (11)"), texts(By.cssSelector("[id='report:retailer_input'] option")));
        Browser.screenshot(browser, "dashboard-retailer-report");

        browser.get(Browser.url("/dashboard/retail/trace.xhtml"));
        waitFor("the trace page", driver -> driver.getPageSource().contains("Auction group id"));
        Browser.screenshot(browser, "dashboard-retailer-trace");

        browser.get(Browser.url("/dashboard/retail/catalog.xhtml"));
        waitFor("the catalog", driver -> driver.getPageSource().contains("products in the catalog"));
        browser.findElement(By.id("catalog:search")).sendKeys("EAN004");
        browser.findElement(By.id("catalog:find")).click();
        waitFor("the product found", driver -> texts(By.cssSelector("[id='catalog:products_data'] tr td:first-child"))
                .equals(List.of("EAN004")));
        Browser.screenshot(browser, "dashboard-retailer-catalog");
    }

    @Test
    void anAdvertisersUserSeesItsRetailersReportButNoKeysAndABrandSeesNoRetailer() {
        signIn("advertiser", PASSWORD);
        waitFor("the overview", driver -> driver.getPageSource().contains("Retail media, last 14 days"));
        assertTrue(browser.findElements(By.linkText("Decision traces")).isEmpty(), "traces are the retailer's");
        browser.get(Browser.url("/dashboard/retail/retailers.xhtml"));
        waitFor("the retailers page", driver -> driver.getPageSource().contains("Demo retailer 11"));
        assertFalse(browser.getPageSource().contains("Signing keys of"), "keys are the retailer's");
        Browser.screenshot(browser, "dashboard-advertiser-retailers");
        signOut();

        signIn("brand", PASSWORD);
        waitFor("the overview", driver -> driver.getPageSource().contains("Signed in as brand"));
        assertTrue(browser.findElements(By.linkText("Retailers")).isEmpty());
        browser.get(Browser.url("/dashboard/retail/retailers.xhtml"));
        waitFor("an empty list", driver -> driver.getPageSource().contains("No retailer is yours to see."));
        Browser.screenshot(browser, "dashboard-brand-no-retailers");
    }

    @Test
    void anAdvertisersUserCreatesACampaignThatWinsAuctions() throws InterruptedException {
        signIn("advertiser", PASSWORD);
        waitFor("the overview", driver -> driver.getPageSource().contains("Retail media, last 14 days"));
        browser.get(Browser.url("/dashboard/retail/campaigns.xhtml"));
        waitFor("its campaigns", driver -> driver.getPageSource().contains("Campaigns of Fizz Drinks Ltd"));
        assertEquals(List.of("Fizz Drinks Ltd"), texts(By.cssSelector("[id$='advertisers_data'] tr td:first-child")),
                "another advertiser of the retailer stays hidden");
        String name = "Ginger push " + System.nanoTime();
        String keyword = "ginger" + (System.nanoTime() % 100_000);

        browser.findElement(By.id("campaigns:campaignName")).sendKeys(name);
        browser.findElement(By.id("campaigns:dailyBudget_input")).sendKeys("50");
        browser.findElement(By.id("campaigns:addCampaign")).click();
        waitFor("the new campaign", driver -> driver.getPageSource().contains("<h2>" + name + "</h2>"));
        browser.findElement(By.id("campaigns:adGroupName")).sendKeys("Ginger ale tiles");
        browser.findElement(By.id("campaigns:adGroupBid_input")).sendKeys("0.80");
        browser.findElement(By.id("campaigns:addAdGroup")).click();
        waitFor("the new ad group", driver -> driver.getPageSource().contains("<h2>Ginger ale tiles</h2>"));
        browser.findElement(By.id("campaigns:products")).sendKeys("EAN004");
        browser.findElement(By.id("campaigns:saveAdGroup")).click();
        waitFor("the product saved", driver -> texts(By.cssSelector("[id$='adGroups_data'] tr td:nth-child(5)"))
                .equals(List.of("1")));
        browser.findElement(By.id("campaigns:keyword")).sendKeys(keyword + " ale");
        browser.findElement(By.id("campaigns:addKeyword")).click();
        waitFor("the keyword", driver -> driver.getPageSource().contains(keyword + " ale"));
        Browser.screenshot(browser, "dashboard-advertiser-campaign");

        String winner = Retail.winner(11, Retail.SEED_KEY, keyword + " ale", "shopper");
        assertTrue(winner.matches("[0-9a-f-]{36}-\\d+"), winner);
    }

    private void signIn(String username, String password) {
        dashboard.signIn(username, password);
    }

    private void signOut() {
        dashboard.signOut();
    }

    private WebElement rowButton(String rowText, String button) {
        return dashboard.rowButton(rowText, button);
    }

    private List<String> texts(By selector) {
        return dashboard.texts(selector);
    }

    private void waitFor(String what, Function<WebDriver, Boolean> condition) {
        dashboard.waitFor(what, condition);
    }
}
