package io.trackline.web.health;

import io.trackline.web.error.ServedWhileDatabaseDown;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Answers 204 and does nothing else: the cheapest request the API serves, for latency probes and as
 * the baseline the benchmark compares every real endpoint with.
 */
@Path("api/ping")
@Tag(name = "Platform", description = "What an operator and a load balancer ask.")
@ServedWhileDatabaseDown
public class PingResource {

    @Operation(operationId = "ping", summary = "Answer at once, touching nothing (204)")
    @GET
    public void ping() {
        // nothing to do: the answer is the point
    }
}
