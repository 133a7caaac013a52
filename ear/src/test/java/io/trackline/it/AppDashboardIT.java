package io.trackline.it;

import static io.trackline.it.S2S.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The server-to-server screens in a real browser: an app owner declares an event and adds a tracking
 * link on the apps page; a click on the link and the attributed user's event show in the app report's
 * publisher, event and day tables; a brand's user who opens the app's report gets nothing of it.
 */
class AppDashboardIT extends TracklineIT {

    private static final String USER_AGENT = "Mozilla/5.0 (AppDashboardIT)";

    private Dashboard dashboard;

    @BeforeEach
    void openBrowser() {
        dashboard = new Dashboard();
    }

    @AfterEach
    void closeBrowser() {
        dashboard.close();
    }

    @Test
    void anAppOwnersLinkAndEventShowInItsReport() {
        String publisher = "pub-" + System.nanoTime();
        String event = "level_" + (System.nanoTime() % 1_000_000);
        dashboard.signIn("app-owner");
        dashboard.open("/apps/apps.xhtml");
        dashboard.element("apps:eventId").sendKeys(event);
        dashboard.element("apps:eventName").sendKeys("Level reached");
        dashboard.element("apps:declare").click();
        dashboard.waitFor("the event declared", driver -> !dashboard.row("apps:events", event).isEmpty());
        dashboard.element("apps:publisher").sendKeys(publisher);
        dashboard.element("apps:linkCampaign").sendKeys("winter");
        dashboard.element("apps:destination").sendKeys("https://store.example/app");
        dashboard.element("apps:addLink").click();
        dashboard.waitFor("the link", driver -> driver.getPageSource().contains(publisher));
        String link = dashboard.browser.findElements(By.cssSelector("[id='apps:links_data'] tr")).stream()
                .filter(row -> row.getText().contains(publisher)).findFirst().orElseThrow()
                .findElement(By.tagName("td")).getText();
        dashboard.screenshot("dashboard-app-owner-apps");

        HttpResponse<String> redirect = S2S.get("/mmp/click?link=" + link);
        assertEquals(302, redirect.statusCode(), redirect.body());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        String click = location.substring(location.indexOf("clkid=") + 6);
        String user = "dash-" + System.nanoTime();
        S2S.ok(S2S.get("/mmp/s2sevent?token=" + S2S.SEED_TOKEN + "&user_id=" + user + "&event_id=" + event
                + "&sale_amount=12.50&sale_amount_currency=EUR&clkid=" + click + "&user_ip=" + S2S.newIp()
                + "&user_ua=" + q(USER_AGENT)));

        dashboard.open("/apps/report.xhtml");
        dashboard.waitFor("the chart", driver -> !driver.findElements(By.cssSelector("canvas")).isEmpty());
        dashboard.screenshot("dashboard-app-owner-report");
        assertEquals(List.of(publisher, "winter", "1", "1", "0"), dashboard.row("report:publishers", publisher));
        assertEquals(List.of(event, "1", "0", "12.5", "0"), dashboard.row("report:events", event));
        String revenue = dashboard.element("revenue").getText();
        assertTrue(revenue.endsWith(" EUR") && Double.parseDouble(revenue.split(" ")[0]) >= 12.5, revenue);

        dashboard.choose("report:campaign", "winter");
        dashboard.element("report:show").click();
        dashboard.waitFor("one campaign's publishers", driver -> dashboard.texts(
                By.cssSelector("[id='report:publishers_data'] tr td:nth-child(2)")).stream()
                .allMatch("winter"::equals));
    }

    @Test
    void aBrandsUserOpeningAnAppsReportGetsNothing() {
        dashboard.signIn("app-owner");
        dashboard.open("/apps/report.xhtml");
        String app = dashboard.element("report:app_input").findElement(By.tagName("option")).getAttribute("value");
        dashboard.signOut();

        dashboard.signIn("brand");
        assertTrue(dashboard.browser.findElements(By.linkText("App reports")).isEmpty());
        dashboard.open("/apps/report.xhtml?app=" + app);
        dashboard.waitFor("nothing to see", driver -> driver.getPageSource().contains("No app is yours to see."));
        assertTrue(dashboard.browser.findElements(By.id("totalClicks")).isEmpty());
    }
}
