package io.trackline.it;

import static io.trackline.platform.application.PlatformDemoSeed.DEMO_PASSWORD;

import io.trackline.platform.application.DemoData;
import io.trackline.platform.application.UserAccountService;
import io.trackline.platform.domain.Role;
import jakarta.annotation.Resource;
import io.trackline.web.widget.OverlayConnections;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.QueryParam;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * Test-only endpoints deployed into the public web module, so the error baseline is proven on the real
 * JAX-RS stack before any feature endpoint exists (a JSON body with validation, and a failure), and
 * so that the demo-data mechanism can be run again inside the server.
 */
@Path("it-probe")
@RequestScoped
public class ProbeResource {

    @EJB
    private DemoData demoData;

    @EJB
    private UserAccountService accounts;

    @Inject
    private OverlayConnections overlays;


    /** The outage {@code exhaust-pool} began last; {@code end-outage} ends it. */
    private static final AtomicReference<CountDownLatch> OUTAGE = new AtomicReference<>(new CountDownLatch(0));

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    public record Line(@NotBlank String productId) {
    }

    public record EchoRequest(@NotBlank String influencerId,
                              @Min(1) @Max(10) Integer quantity,
                              List<@Valid Line> lines) {
    }

    @POST
    @Path("echo")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public EchoRequest echo(@NotNull @Valid EchoRequest request) {
        return request;
    }

    @GET
    @Path("failure")
    public String failure() {
        throw new IllegalStateException("secret internal detail");
    }

    /**
     * Deletes the demo user {@code rival}, loads the demo data again (as a restart does), answers how
     * many users of that name there are then, and puts the user back for the other tests.
     */
    @POST
    @Path("demo-data")
    @Produces(MediaType.TEXT_PLAIN)
    public long deleteADemoUserAndReloadTheDemoData() throws SQLException {
        String username = "rival";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM user_account WHERE username = ?")) {
            delete.setString(1, username);
            delete.executeUpdate();
        }
        demoData.load();
        long users;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM user_account WHERE username = ?")) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                users = rows.getLong(1);
            }
        }
        accounts.registerIfAbsent(username, DEMO_PASSWORD.toCharArray(), Role.BRAND, username);
        return users;
    }

    /** Drops every overlay stream, as a restart or a network cut would. */
    @POST
    @Path("drop-overlays")
    @Produces(MediaType.TEXT_PLAIN)
    public int dropOverlays() {
        return overlays.closeAll();
    }

    /**
     * Takes every connection of the pool, as an overloaded or unreachable database would, until
     * {@code end-outage} (or, should a test never end it, for {@code seconds}); answers, once every holder has
     * tried, how many connections it could not take (0: all taken).
     */
    @POST
    @Path("exhaust-pool")
    @Produces(MediaType.TEXT_PLAIN)
    public long exhaustPool(@QueryParam("connections") int connections, @QueryParam("seconds") int seconds)
            throws InterruptedException {
        CountDownLatch outage = new CountDownLatch(1);
        OUTAGE.set(outage);
        CountDownLatch tried = new CountDownLatch(connections);
        AtomicInteger notTaken = new AtomicInteger();
        for (int i = 0; i < connections; i++) {
            Thread holder = new Thread(() -> {
                try (Connection connection = taken()) {
                    connection.isValid(1);
                    tried.countDown();
                    outage.await(seconds, TimeUnit.SECONDS);
                } catch (SQLException e) {
                    notTaken.incrementAndGet();
                    tried.countDown();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            holder.setDaemon(true);
            holder.start();
        }
        tried.await(30, TimeUnit.SECONDS);
        return tried.getCount() + notTaken.get();
    }

    /**
     * Sets the server's clock ({@link ShiftedClock}) {@code seconds} ahead of the system's (0 puts it back);
     * answers the seconds.
     */
    @POST
    @Path("clock")
    @Produces(MediaType.TEXT_PLAIN)
    public long runClockAhead(@QueryParam("seconds") long seconds) {
        ShiftedClock.runAhead(Duration.ofSeconds(seconds));
        return seconds;
    }

    /**
     * A connection of the pool, asked for again for up to 5 s while the application's own work (a cache
     * refresh, a writer) holds the last ones for a moment: the pool never waits.
     */
    private Connection taken() throws SQLException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return dataSource.getConnection();
            } catch (SQLException busy) {
                if (attempt == 50) {
                    throw busy;
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
    }

    /** Gives back the connections {@code exhaust-pool} took. */
    @POST
    @Path("end-outage")
    public void endOutage() {
        OUTAGE.get().countDown();
    }
}
