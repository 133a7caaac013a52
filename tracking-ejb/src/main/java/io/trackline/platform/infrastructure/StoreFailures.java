package io.trackline.platform.infrastructure;

import io.trackline.platform.api.StoreUnavailableException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Tells a failure of the database to take the request (down, unreachable, pool exhausted, timing out)
 * from a fault of ours: the first is worth a retry (503), the second is not (500).
 */
public final class StoreFailures {

    /**
     * The longest a look-up on a request's way in (an idempotency key, say) waits for the database, a lock
     * held by someone else included; past it, the request is answered 503 rather than held.
     */
    public static final int LOOKUP_TIMEOUT_SECONDS = 1;

    private StoreFailures() {
    }

    public static boolean isUnavailable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException
                    || cause instanceof StoreUnavailableException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof LockTimeoutException
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08, "connection exception": what Liberty makes of a connection that broke. */
    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && sqlState.startsWith("08");
    }
}
