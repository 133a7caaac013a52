package io.trackline.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database, once the start-up check has let
 * the start go on. Every context keeps its
 * versioned scripts under {@code db/migration/<context>/} in its own module; one Flyway history covers
 * them all, and the same scripts run on the embedded H2 (MariaDB mode) and on MariaDB. On Liberty, Flyway
 * finds a location only through an empty {@code flyway.location} marker file in it; {@code db/callback}
 * holds nothing but that marker, because Flyway always scans it and logs an error when it cannot.
 *
 * <p>Flyway commits each migration itself, so this bean manages no container transaction.
 */
@Startup
@Singleton
@DependsOn("DeploymentCheck")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ExcludeDefaultInterceptors
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    private static final String LOCATION = "classpath:db/migration";

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        schemaVersion = current == null ? null : current.getVersion().getVersion();
        LOG.info(() -> "Schema at version " + schemaVersion + " on " + result.database
                + " (" + result.migrationsExecuted + " migration(s) applied now).");
    }

    /** The version the migrations left the schema at, e.g. {@code 202611220500}. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
