package io.trackline.platform.application;

import io.trackline.platform.api.DeploymentMode;
import io.trackline.platform.domain.DemoSeedRuns;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Loads the demo rows of every context in demo mode only, once the schema is migrated and the secrets at
 * rest are up to date. Each seed runs once per database, so a demo user someone deleted stays deleted. It
 * holds no transaction itself: each {@link DemoSeed} commits its own rows, and is recorded as run after.
 */
@Startup
@Singleton
@DependsOn({"DeploymentCheck", "SecretsAtRest"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    private DemoSeedRuns ran;

    @Inject
    @Any
    private Instance<DemoSeed> seeds;

    @PostConstruct
    void loadAtStartup() {
        if (DeploymentMode.demo()) {
            load();
        } else {
            LOG.info("Demo data is off: production mode.");
        }
    }

    /** Runs every context's seed that has not run on this database yet. */
    public void load() {
        for (DemoSeed seed : seeds) {
            if (!ran.ran(seed.name())) {
                seed.seed();
                ran.record(seed.name(), Instant.now());
                LOG.info(() -> "Demo data loaded: " + seed.name() + ".");
            }
        }
    }
}
