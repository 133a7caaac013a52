package io.trackline.web.health;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Answers 204 and does nothing else: the cheapest request the API serves, for latency probes and as
 * the baseline the benchmark compares every real endpoint with.
 */
@Path("api/ping")
public class PingResource {

    @GET
    public void ping() {
        // nothing to do: the answer is the point
    }
}
