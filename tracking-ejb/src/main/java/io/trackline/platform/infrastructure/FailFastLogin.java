package io.trackline.platform.infrastructure;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink's session, set to fail fast ({@code eclipselink.session.customizer} in persistence.xml): a read
 * whose connection broke, or that found the pool empty, fails at once. By default EclipseLink sleeps 5 s and
 * tries again, while the request waits; EclipseLink 5 has no persistence property for either setting. The
 * caller decides instead: the database circuit breaker answers 503 with {@code Retry-After}, and the partner
 * retries.
 */
public class FailFastLogin implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        DatabaseLogin login = (DatabaseLogin) session.getDatasourceLogin();
        login.setQueryRetryAttemptCount(0);
        login.setDelayBetweenConnectionAttempts(0);
    }
}
