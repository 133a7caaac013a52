package io.trackline.dashboard.security;

import io.trackline.platform.api.DatabaseCircuit;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * While the database's circuit breaker is open, every page and action of the dashboard (all of which read
 * or write the database, signing in included) is answered 503 with {@code Retry-After} at once, and
 * nothing is changed; its scripts, styles and images are still served.
 */
@WebFilter("/*")
public class DatabaseBreakerFilter extends HttpFilter {

    @Inject
    private DatabaseCircuit breaker;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (breaker.isOpen() && !request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Retry-After", Long.toString(breaker.retryAfterSeconds()));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        chain.doFilter(request, response);
    }
}
