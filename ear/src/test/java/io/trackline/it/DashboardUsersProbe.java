package io.trackline.it;

import static io.trackline.platform.application.PlatformDemoSeed.DEMO_PASSWORD;

import io.trackline.platform.application.UserAccountService;
import io.trackline.platform.domain.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only: dashboard users of a test's own (brand users of the demo brand, with the demo password), so that
 * a test that gets a username throttled throttles nobody else's.
 */
@Path("it-probe/dashboard-users")
@RequestScoped
public class DashboardUsersProbe {

    @EJB
    private UserAccountService accounts;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String add(@QueryParam("username") String username) {
        accounts.registerIfAbsent(username, DEMO_PASSWORD.toCharArray(), Role.BRAND, "default");
        return username;
    }
}
