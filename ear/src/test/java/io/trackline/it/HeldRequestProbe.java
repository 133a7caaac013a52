package io.trackline.it;

import io.trackline.web.retail.ReadsSignedBody;
import io.trackline.web.retail.SignedBody;
import io.trackline.web.security.SignedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only: a signed endpoint that holds its request until the test lets it go, so that a copy sent
 * meanwhile is certainly in flight, or fails its first runs (500). {@code signed/{retailer_id}} with body
 * {@code {"gate":"…"}} (optional {@code "hold":false}, {@code "fail_first":n}) answers how many times it ran
 * for the gate; {@code gate/…} tell whether a request has entered and let it go. (The two
 * have paths of their own: a control path next to {@code {retailer_id}} was once taken for a retailer id.)
 */
@Path("it-probe/held")
@ApplicationScoped
public class HeldRequestProbe {

    private record Gate(CountDownLatch entered, CountDownLatch released, AtomicInteger runs) {
    }

    private static final Map<String, Gate> GATES = new ConcurrentHashMap<>();

    @Inject
    private SignedBody body;

    @POST
    @Path("signed/{retailer_id}")
    @ReadsSignedBody
    @SignedRequest
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> held(@PathParam("retailer_id") String retailerId) throws InterruptedException {
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(body.text()))) {
            json = reader.readObject();
        }
        String name = json.getString("gate");
        Gate gate = gate(name);
        int run = gate.runs().incrementAndGet();
        gate.entered().countDown();
        if (run <= json.getInt("fail_first", 0)) {
            throw new IllegalStateException("The held-request probe fails its first runs, as asked");
        }
        if (json.getBoolean("hold", true)) {
            gate.released().await(20, TimeUnit.SECONDS);
        }
        return Map.of("gate", name, "run", run);
    }

    @POST
    @Path("gate/entered")
    @Produces(MediaType.TEXT_PLAIN)
    public boolean entered(@QueryParam("gate") String name) {
        return gate(name).entered().getCount() == 0;
    }

    @POST
    @Path("gate/runs")
    @Produces(MediaType.TEXT_PLAIN)
    public int runs(@QueryParam("gate") String name) {
        return gate(name).runs().get();
    }

    @POST
    @Path("gate/release")
    public void release(@QueryParam("gate") String name) {
        gate(name).released().countDown();
    }

    private static Gate gate(String name) {
        return GATES.computeIfAbsent(name, ignored -> new Gate(new CountDownLatch(1), new CountDownLatch(1),
                new AtomicInteger()));
    }
}
