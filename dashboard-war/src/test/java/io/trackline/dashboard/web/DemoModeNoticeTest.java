package io.trackline.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.platform.api.DeploymentMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoModeNoticeTest {

    private final DemoModeNotice notice = new DemoModeNotice();

    @AfterEach
    void undecide() {
        DeploymentMode.decide(DeploymentMode.PRODUCTION);
    }

    @Test
    void theNoticeShowsInDemoMode() {
        DeploymentMode.decide(DeploymentMode.DEMO);

        assertTrue(notice.isShown());
    }

    @Test
    void theNoticeNeverShowsInProduction() {
        DeploymentMode.decide(DeploymentMode.PRODUCTION);

        assertFalse(notice.isShown());
    }
}
