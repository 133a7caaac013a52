package io.trackline.platform.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class StoreFailuresTest {

    @Test
    void anUnreachableOrExhaustedDatabaseIsUnavailable() {
        assertTrue(StoreFailures.isUnavailable(new EJBException(new PersistenceException(
                new SQLTransientConnectionException("pool exhausted")))));
        assertTrue(StoreFailures.isUnavailable(new SQLNonTransientConnectionException("connection refused")));
        assertTrue(StoreFailures.isUnavailable(new SQLTransactionRollbackException("deadlock")));
    }

    @Test
    void otherFailuresAreOurs() {
        assertFalse(StoreFailures.isUnavailable(new EJBException(new PersistenceException(new SQLException("bad SQL")))));
        assertFalse(StoreFailures.isUnavailable(new IllegalStateException()));
    }
}
