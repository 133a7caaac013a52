package io.trackline.web.error;

import io.trackline.platform.api.DatabaseCircuit;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * While the database's circuit breaker is open, every request that needs the database is answered 503
 * with {@code Retry-After} at once, before authentication or any read, instead of waiting on a database
 * that cannot answer. Resources marked {@link ServedWhileDatabaseDown} (auctions, the ping) go on.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class DatabaseBreakerFilter implements ContainerRequestFilter {

    @Inject
    private DatabaseCircuit breaker;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (breaker.isOpen() && !servedWhileDown()) {
            breaker.ensureClosed();
        }
    }

    private boolean servedWhileDown() {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(ServedWhileDatabaseDown.class)
                || resource.getResourceClass().isAnnotationPresent(ServedWhileDatabaseDown.class));
    }
}
