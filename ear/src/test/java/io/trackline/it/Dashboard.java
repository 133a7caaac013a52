package io.trackline.it;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard in a browser, as the tests use it: signing in and out, waiting, reading tables, menus. */
final class Dashboard implements AutoCloseable {

    static final String PASSWORD = "trackline-demo";

    final ChromeDriver browser;

    Dashboard() {
        browser = Browser.open();
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    void open(String path) {
        browser.get(Browser.url("/dashboard" + path));
    }

    void signIn(String username, String password) {
        if (!browser.getCurrentUrl().contains("/login.xhtml")) {
            open("/login.xhtml");
        }
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:signIn")).click();
    }

    /** Signs in with the demo password and waits for the overview. */
    void signIn(String username) {
        signIn(username, PASSWORD);
        waitFor("the overview", driver -> driver.getPageSource().contains("Signed in as " + username));
    }

    void signOut() {
        browser.findElement(By.id("account:logout")).click();
        waitFor("the login page", driver -> driver.getCurrentUrl().contains("/login.xhtml"));
    }

    String page() {
        return browser.getPageSource();
    }

    WebElement element(String id) {
        return browser.findElement(By.id(id));
    }

    /**
     * Picks an item of a PrimeFaces select menu by its label, as a person does: open it, click the item
     * (again if a click during the menu's opening went unseen); then waits for the menu to close, so that the
     * next click lands on the page.
     */
    void choose(String menuId, String label) {
        for (int attempt = 1; !label.equals(element(menuId + "_label").getText()); attempt++) {
            if (attempt > 3) {
                screenshot("not-chosen-" + menuId.replace(':', '-'));
                throw new AssertionError(label + " could not be chosen in " + menuId + ", which shows "
                        + element(menuId + "_label").getText());
            }
            if (!element(menuId + "_panel").isDisplayed()) {
                element(menuId).click();
            }
            waitFor("the menu " + menuId, driver -> driver.findElement(By.id(menuId + "_items")).isDisplayed());
            element(menuId + "_items").findElement(By.cssSelector("li[data-label='" + label + "']")).click();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(3)).until(driver -> label.equals(
                        driver.findElement(By.id(menuId + "_label")).getText()));
            } catch (TimeoutException unseen) {
                // the next attempt clicks again
            }
        }
        waitFor("the menu " + menuId + " to close", driver -> !driver.findElement(By.id(menuId + "_panel"))
                .isDisplayed());
    }

    WebElement rowButton(String rowText, String button) {
        return browser.findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains(rowText)).findFirst().orElseThrow()
                .findElement(By.xpath(".//button[normalize-space(.)='" + button + "']"));
    }

    List<String> texts(By selector) {
        return browser.findElements(selector).stream().map(element -> element.getAttribute("textContent").strip())
                .toList();
    }

    /**
     * The cells of the table row whose first cell is {@code first}, empty if there is none; read again
     * when an update of the page replaced the table while it was being read.
     */
    List<String> row(String tableId, String first) {
        for (int attempt = 1; ; attempt++) {
            try {
                return browser.findElements(By.cssSelector("[id='" + tableId + "_data'] tr")).stream()
                        .map(row -> row.findElements(By.tagName("td")).stream()
                                .map(cell -> cell.getAttribute("textContent").strip()).toList())
                        .filter(cells -> !cells.isEmpty() && cells.get(0).equals(first)).findFirst()
                        .orElse(List.of());
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    void waitFor(String what, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "waiting for " + what + " at " + browser.getCurrentUrl()).until(condition);
    }

    void screenshot(String name) {
        Browser.screenshot(browser, name);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
