package io.trackline.platform.application;

import io.trackline.platform.api.DeploymentMode;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first thing Trackline does at start-up: decides whether it runs in demo or production mode
 * ({@link DeploymentMode}) and says so in the log. In production it checks the secrets
 * ({@link ProductionSettings}): while one is missing or still the demo's, it logs one line for each and
 * fails the start, so the application never starts, nothing migrates, nothing is served, and
 * {@code /health/ready} never answers UP.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DeploymentCheck {

    private static final Logger LOG = Logger.getLogger(DeploymentCheck.class.getName());
    private static final String EMBEDDED_PRODUCT = "H2";
    private static final String SECURE_COOKIES = "trackline.http.secure-cookies";

    @Inject
    @ConfigProperty(name = "trackline.demo")
    Optional<Boolean> configuredDemo;

    @Inject
    Config config;

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @PostConstruct
    void decide() {
        DeploymentMode mode = DeploymentMode.of(configuredDemo, embeddedDatabase());
        if (mode == DeploymentMode.DEMO) {
            DeploymentMode.decide(mode);
            LOG.warning("Trackline is running in DEMO MODE: the demo users, keys and passwords committed to its"
                    + " repository grant access. Never expose it; set TRACKLINE_DEMO=false and real secrets for"
                    + " production.");
            return;
        }
        List<String> problems = ProductionSettings.problems(name -> config.getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            problems.forEach(problem -> LOG.severe("Production start refused: " + problem));
            throw new IllegalStateException("Trackline refuses to start in production mode with "
                    + problems.size() + " setting(s) missing or at their demo values (listed above). For a demo,"
                    + " set TRACKLINE_DEMO=true.");
        }
        DeploymentMode.decide(mode);
        LOG.info("Trackline runs in production mode.");
        if (!config.getOptionalValue(SECURE_COOKIES, Boolean.class).orElse(false)) {
            LOG.warning("The dashboard's cookies are not marked Secure: set TRACKLINE_HTTP_SECURE_COOKIES=true,"
                    + " as people should reach Trackline over HTTPS.");
        }
    }

    /** Whether the database is the embedded one; a database that does not answer is taken for a real one. */
    private boolean embeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().startsWith(EMBEDDED_PRODUCT);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The database does not answer; taking it for a production database.", e);
            return false;
        }
    }
}
