package io.trackline.platform.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.platform.api.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final List<String> opened = new ArrayList<>();
    private final CircuitBreaker breaker = new CircuitBreaker(3, 2, opened::add);

    private static SQLNonTransientConnectionException refused() {
        return new SQLNonTransientConnectionException("Connection refused");
    }

    @Test
    void opensAfterTheThresholdOfUnavailableFailuresInARowAndRefusesAtOnce() {
        breaker.failed(refused());
        breaker.failed(refused());
        assertDoesNotThrow(breaker::ensureClosed);

        breaker.failed(refused());

        StoreUnavailableException refusal = assertThrows(StoreUnavailableException.class, breaker::ensureClosed);
        assertEquals(503, refusal.toProblem().status());
        assertEquals(2, refusal.retryAfterSeconds().orElseThrow());
        assertEquals(List.of("SQLNonTransientConnectionException: Connection refused"), opened);
        assertFalse(refusal.getMessage().contains("refused"), "the cause stays in the log, not in the answer");
    }

    @Test
    void whoHoldsWaitingRequestsIsToldEachTimeItOpens() {
        List<String> told = new ArrayList<>();
        breaker.whenOpened(() -> told.add("open"));

        breaker.tooSlow("a batch");
        breaker.tooSlow("a batch");
        assertEquals(List.of(), told);
        breaker.tooSlow("a batch");
        breaker.tooSlow("another batch");
        assertEquals(List.of("open"), told, "once per opening");

        breaker.close();
        for (int i = 0; i < 3; i++) {
            breaker.failed(refused());
        }
        assertEquals(List.of("open", "open"), told);
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        breaker.failed(refused());
        breaker.failed(refused());
        breaker.succeeded();
        breaker.failed(refused());
        breaker.failed(refused());

        assertFalse(breaker.isOpen());
    }

    @Test
    void faultsOfOursDoNotCount() {
        for (int i = 0; i < 10; i++) {
            breaker.failed(new IllegalStateException(new SQLException("syntax error", "42000")));
        }

        assertFalse(breaker.isOpen());
    }

    @Test
    void slowWritesCountAndTheListenerHearsOncePerOpening() {
        breaker.tooSlow("a batch took over 800 ms");
        breaker.tooSlow("a batch took over 800 ms");
        breaker.tooSlow("a batch took over 800 ms");
        breaker.tooSlow("again, while open");
        assertTrue(breaker.isOpen());

        breaker.close();
        assertDoesNotThrow(breaker::ensureClosed);
        breaker.failed(refused());
        breaker.failed(refused());
        breaker.failed(refused());

        assertEquals(2, opened.size(), opened.toString());
        assertEquals("SQLNonTransientConnectionException: Connection refused", breaker.openBecause());
    }
}
