package io.trackline.platform.application;

import io.trackline.platform.api.DatabaseCheck;
import io.trackline.platform.api.DatabaseStatus;
import io.trackline.platform.infrastructure.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Asks the database whether it answers; the readiness check, the circuit breaker's probe and the demo-data
 * switch rely on it. It is the one bean the breaker does not guard: it must reach the database to see it back.
 */
@Stateless
@ExcludeDefaultInterceptors
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@LocalBean
@Local(DatabaseCheck.class)
public class DatabaseHealth implements DatabaseCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @EJB
    private SchemaMigrator migrator;

    public DatabaseStatus check() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            String product = connection.getMetaData().getDatabaseProductName();
            return new DatabaseStatus(valid, product, migrator.schemaVersion());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The database does not answer: {0}", e.toString());
            return DatabaseStatus.down();
        }
    }
}
