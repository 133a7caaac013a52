package io.trackline.web.health;

import io.trackline.platform.api.DatabaseStatus;
import io.trackline.platform.application.DatabaseHealth;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready means the database answers and the migrations have brought its schema up to date. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @EJB
    private DatabaseHealth database;

    @Override
    public HealthCheckResponse call() {
        DatabaseStatus status = database.check();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .status(status.up() && status.schemaVersion() != null);
        if (status.product() != null) {
            response.withData("product", status.product());
        }
        if (status.schemaVersion() != null) {
            response.withData("schema_version", status.schemaVersion());
        }
        return response.build();
    }
}
