package io.trackline.web.health;

import io.trackline.platform.api.DatabaseCheck;
import io.trackline.platform.api.DatabaseCircuit;
import io.trackline.platform.api.DatabaseStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means the database answers, the migrations have brought its schema up to date, and the database's
 * circuit breaker is closed: while it is open, requests that need the database are refused, so a load
 * balancer should send them elsewhere. Liveness is not tied to the database: a restart would not bring it back.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @EJB
    private DatabaseCheck database;

    @Inject
    private DatabaseCircuit breaker;

    @Override
    public HealthCheckResponse call() {
        String openBecause = breaker.openBecause();
        DatabaseStatus status = database.check();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .status(status.ready() && openBecause == null);
        if (openBecause != null) {
            response.withData("circuit_breaker", "open: " + openBecause);
        }
        if (status.product() != null) {
            response.withData("product", status.product());
        }
        if (status.schemaVersion() != null) {
            response.withData("schema_version", status.schemaVersion());
        }
        return response.build();
    }
}
