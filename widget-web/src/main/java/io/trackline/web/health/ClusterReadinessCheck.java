package io.trackline.web.health;

import io.trackline.platform.api.ClusterMembership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * In cluster mode, a node is ready once it has joined: it found where Kafka's topics end, so it hears what the
 * other nodes publish from then on (a node that served before that could miss a revoked key or a live event).
 * A Kafka outage after joining leaves it ready: it serves on alone and catches up when Kafka is back. Alone,
 * this check is always UP.
 */
@Readiness
@ApplicationScoped
public class ClusterReadinessCheck implements HealthCheck {

    @Inject
    private ClusterMembership membership;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("cluster").status(membership.joined())
                .withData("node", membership.nodeId())
                .withData("mode", membership.clustered() ? "cluster" : "alone").build();
    }
}
