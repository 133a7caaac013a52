package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The overlay in a real browser, as OBS shows it: it counts a postback and pops its alert, and after the
 * server has dropped its stream it reconnects by itself and goes on counting.
 */
class OverlayBrowserIT extends TracklineIT {

    private static final By REG_VALUE = By.cssSelector("[data-counter='reg'] [data-role='value']");
    private static final By ALERT_TEXT = By.cssSelector("[data-role='alert'].visible [data-role='alert-text']");

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theOverlayCountsAndAlertsLiveAndSurvivesADroppedStream() {
        String influencer = Postbacks.newInfluencer();
        browser.get(Browser.url("/widget/default/product/" + influencer + "/spring"));
        waitFor("the stream to open", driver -> "open".equals(stream(driver)));
        assertEquals("0", browser.findElement(REG_VALUE).getText());

        assertEquals(200, Postbacks.send("product", influencer, "reg", "spring").statusCode());
        waitFor("the counter to reach 1", driver -> "1".equals(driver.findElement(REG_VALUE).getText()));
        waitFor("the alert", driver -> !driver.findElements(ALERT_TEXT).isEmpty());
        assertTrue(browser.findElement(ALERT_TEXT).getText().contains("registration"),
                browser.findElement(ALERT_TEXT).getText());
        Browser.screenshot(browser, "overlay-alert");

        Postbacks.send("product", influencer, "reg", "autumn");
        HttpResponse<String> dropped = Http.send(Http.request("/it-probe/drop-overlays")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(Integer.parseInt(dropped.body()) >= 1, dropped.body());
        waitFor("the overlay to notice", driver -> !"open".equals(stream(driver)));
        waitFor("the stream to reopen", driver -> "open".equals(stream(driver)));

        assertEquals(200, Postbacks.send("product", influencer, "reg", "spring").statusCode());
        waitFor("the counter to reach 2", driver -> "2".equals(driver.findElement(REG_VALUE).getText()));
        Browser.screenshot(browser, "overlay-after-reconnect");
    }

    private static String stream(WebDriver driver) {
        return ((ChromeDriver) driver).executeScript("return document.body.dataset.stream").toString();
    }

    private void waitFor(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage(what).until(condition::apply);
    }
}
