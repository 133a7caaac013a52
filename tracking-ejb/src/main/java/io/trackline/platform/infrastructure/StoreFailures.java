package io.trackline.platform.infrastructure;

import io.trackline.platform.api.StoreBacklogException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Tells a failure of the database to take the request (down, unreachable, pool exhausted, timing out)
 * from a fault of ours: the first is worth a retry (503), the second is not (500).
 */
public final class StoreFailures {

    private StoreFailures() {
    }

    public static boolean isUnavailable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException
                    || cause instanceof StoreBacklogException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof LockTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
