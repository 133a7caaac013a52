package io.trackline.platform.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseStatusTest {

    @Test
    void h2IsTheEmbeddedDatabase() {
        assertTrue(new DatabaseStatus(true, "H2", "1").embedded());
        assertFalse(new DatabaseStatus(true, "MariaDB", "1").embedded());
        assertFalse(new DatabaseStatus(true, "MySQL", "1").embedded());
        assertFalse(DatabaseStatus.down().embedded());
    }
}
