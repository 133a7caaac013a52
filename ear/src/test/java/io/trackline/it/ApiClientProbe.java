package io.trackline.it;

import io.trackline.platform.api.IssuedSecret;
import io.trackline.platform.application.ApiClientService;
import io.trackline.platform.domain.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Test-only: an API client of retailer 11 for one test, so that locking it out locks out nobody else. */
@Path("it-probe/api-client")
@RequestScoped
public class ApiClientProbe {

    @EJB
    private ApiClientService clients;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> newClient() {
        IssuedSecret issued = clients.register(null, "IT client", Role.RETAILER, "11");
        return Map.of("client_id", issued.id(), "client_secret", issued.secret());
    }
}
