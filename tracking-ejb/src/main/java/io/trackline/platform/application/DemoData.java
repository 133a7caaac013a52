package io.trackline.platform.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo rows of every context once the schema is migrated, when demo mode is on. It holds no
 * transaction itself: each {@link DemoSeed} commits its own rows.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "trackline.demo")
    private Optional<Boolean> configured;

    @EJB
    private DatabaseHealth database;

    @Inject
    @Any
    private Instance<DemoSeed> seeds;

    @PostConstruct
    void loadAtStartup() {
        if (DemoMode.enabled(configured, database.check())) {
            load();
        } else {
            LOG.info("Demo data is off.");
        }
    }

    /** Runs every context's seed; safe to call again, as every seed is idempotent. */
    public void load() {
        seeds.forEach(DemoSeed::seed);
        LOG.info("Demo data is loaded.");
    }
}
