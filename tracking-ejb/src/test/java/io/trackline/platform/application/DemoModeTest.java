package io.trackline.platform.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.platform.api.DatabaseStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoModeTest {

    private static final DatabaseStatus H2 = new DatabaseStatus(true, "H2", "1");
    private static final DatabaseStatus MARIADB = new DatabaseStatus(true, "MariaDB", "1");

    @Test
    void followsTheDatabaseWhenNotConfigured() {
        assertTrue(DemoMode.enabled(Optional.empty(), H2));
        assertFalse(DemoMode.enabled(Optional.empty(), MARIADB));
    }

    @Test
    void theSettingWinsOverTheDatabase() {
        assertTrue(DemoMode.enabled(Optional.of(true), MARIADB));
        assertFalse(DemoMode.enabled(Optional.of(false), H2));
    }
}
