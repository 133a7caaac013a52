package io.trackline.platform.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class StoreFailuresTest {

    @Test
    void anUnreachableOrExhaustedDatabaseIsUnavailable() {
        assertTrue(StoreFailures.isUnavailable(new EJBException(new PersistenceException(
                new SQLTransientConnectionException("pool exhausted")))));
        assertTrue(StoreFailures.isUnavailable(new SQLNonTransientConnectionException("connection refused")));
        // what Liberty makes of a connection the database closed
        assertTrue(StoreFailures.isUnavailable(new IllegalStateException(new SQLNonTransientException(
                "(conn=4) Socket error DSRA0010E: SQL State = 08000", "08000"))));
        assertTrue(StoreFailures.isUnavailable(new SQLTransactionRollbackException("deadlock")));
    }

    @Test
    void otherFailuresAreOurs() {
        assertFalse(StoreFailures.isUnavailable(new EJBException(new PersistenceException(new SQLException("bad SQL")))));
        assertFalse(StoreFailures.isUnavailable(new IllegalStateException()));
    }
}
