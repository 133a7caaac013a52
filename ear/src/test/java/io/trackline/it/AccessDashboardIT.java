package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Keys, tokens and users in a real browser: a brand's access key issued (shown once, working at once)
 * and rotated; an app's S2S token issued and revoked; an admin adding a user who then signs in to its own
 * tenant only, until the admin removes it, which ends its session; a user for a tenant that does not exist
 * refused.
 */
class AccessDashboardIT extends TracklineIT {

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
    void aBrandIssuesAnAccessKeyShownOnceThatWorksAndRotatesIt() {
        String label = "network " + System.nanoTime();
        dashboard.signIn("brand");
        dashboard.open("/access/keys.xhtml");
        dashboard.element("keys:keyLabel").sendKeys(label);
        dashboard.element("keys:issueKey").click();
        String secret = secret();
        assertEquals(200, postback(secret), "the new key works at once");
        dashboard.screenshot("dashboard-brand-key-issued");
        dashboard.element("keys:taken").click();
        dashboard.waitFor("the secret gone", driver -> driver.findElements(By.id("secretValue")).isEmpty());
        assertFalse(dashboard.page().contains(secret), "a secret is shown once");

        dashboard.rowButton(label, "Rotate").click();
        confirm();
        String rotated = secret();
        assertTrue(!rotated.equals(secret));
        assertEquals(200, postback(rotated));
        assertEquals(List.of("active", "revoked"), dashboard.browser.findElements(By.cssSelector(
                "[id='keys:accessKeys_data'] tr")).stream().filter(row -> row.getText().contains(label))
                .map(row -> row.findElement(By.cssSelector(".tl-badge")).getText().split(" ")[0]).toList());
        assertFalse(dashboard.page().contains("S2S tokens of an app"), "a brand has no app");
        dashboard.screenshot("dashboard-brand-key-rotated");
    }

    @Test
    void anAppOwnerIssuesAnS2STokenAndRevokesIt() {
        String label = "backend " + System.nanoTime();
        dashboard.signIn("app-owner");
        dashboard.open("/access/keys.xhtml");
        dashboard.element("keys:tokenLabel").sendKeys(label);
        dashboard.element("keys:issueToken").click();
        String token = secret();
        S2S.ok(S2S.get("/mmp/s2sevent?token=" + token + "&user_id=key-" + System.nanoTime() + "&event_id=__open"
                + "&user_ip=" + S2S.newIp() + "&user_ua=Mozilla%2F5.0"));
        dashboard.element("keys:taken").click();
        dashboard.waitFor("the secret gone", driver -> driver.findElements(By.id("secretValue")).isEmpty());

        dashboard.rowButton(label, "Revoke").click();
        confirm();
        dashboard.waitFor("the token revoked", driver -> driver.getPageSource().contains("is revoked."));
        assertFalse(dashboard.page().contains("Access keys of a brand"), "an app owner has no brand");
        dashboard.screenshot("dashboard-app-owner-tokens");
    }

    @Test
    void anAdminAddsAUserWhoSeesItsOwnTenantOnlyUntilRemoved() {
        String username = "pat-" + System.nanoTime();
        String password = "a long enough password";
        dashboard.signIn("admin");
        dashboard.open("/access/users.xhtml");
        dashboard.element("users:username").sendKeys(username);
        dashboard.element("users:password").sendKeys(password);
        dashboard.element("users:tenant").sendKeys("no-such-brand");
        dashboard.element("users:add").click();
        dashboard.waitFor("the refusal", driver -> driver.getPageSource().contains("No brand 'no-such-brand' exists"));

        dashboard.element("users:password").sendKeys(password);
        dashboard.element("users:tenant").clear();
        dashboard.element("users:tenant").sendKeys("rival");
        dashboard.element("users:add").click();
        dashboard.waitFor("the new user", driver -> !dashboard.row("users:list", username).isEmpty());
        assertEquals(List.of(username, "brand", "rival"), dashboard.row("users:list", username).subList(0, 3));
        dashboard.screenshot("dashboard-admin-users");

        try (Dashboard pat = new Dashboard()) {
            pat.signIn(username, password);
            pat.waitFor("the overview", driver -> driver.getPageSource().contains("Signed in as " + username));
            assertTrue(pat.page().contains("Rival brand"));
            assertFalse(pat.page().contains("Default brand"));
            assertTrue(pat.browser.findElements(By.linkText("Users")).isEmpty(), "users are an admin's");
            pat.open("/access/users.xhtml");
            pat.waitFor("no users", driver -> driver.getPageSource().contains("Only an admin manages users."));

            dashboard.rowButton(username, "Remove").click();
            confirm();
            dashboard.waitFor("the user removed", driver -> dashboard.row("users:list", username).isEmpty());
            pat.open("/index.xhtml");
            pat.waitFor("the login page", driver -> driver.getCurrentUrl().contains("/login.xhtml"));
            pat.signIn(username, password);
            pat.waitFor("the refusal", driver -> driver.getPageSource().contains("Wrong username or password."));
        }
    }

    private String secret() {
        dashboard.waitFor("the secret", driver -> !driver.findElements(By.id("secretValue")).isEmpty());
        String secret = dashboard.element("secretValue").getText();
        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
        return secret;
    }

    private void confirm() {
        dashboard.waitFor("the confirmation", driver -> driver.findElement(By.cssSelector(".ui-confirmdialog-yes"))
                .isDisplayed());
        dashboard.browser.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
    }

    private static int postback(String accessKey) {
        return Http.postJson("/tracker/" + accessKey, "{\"influencer_id\":\"" + Postbacks.newInfluencer()
                + "\",\"product\":\"product\",\"event_type\":\"reg\"}").statusCode();
    }
}
