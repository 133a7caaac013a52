package io.trackline.platform.application;

import io.trackline.platform.api.DatabaseCircuit;
import io.trackline.platform.infrastructure.StoreFailures;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one circuit breaker around the database ({@link CircuitBreaker}) that every way to it shares: the
 * enterprise beans' default interceptor, the group-commit writers, the auction log. Once open, a probe asks
 * the database every {@code trackline.db.breaker.probe-interval-ms} (default 1000) whether it answers, and
 * closes the breaker when it does: recovery needs no restart and no traffic. While it is open, readiness is
 * DOWN. {@code trackline.db.breaker.failure-threshold} (default 3) failures in a row open it.
 *
 * <p>The web sees it as {@link DatabaseCircuit}.
 *
 * <p>Its state is this node's own: another node learns of an outage from its own failures, as quickly; a
 * kill -9 forgets it, and the next start finds out afresh.
 */
@ApplicationScoped
public class DatabaseBreaker implements DatabaseCircuit {

    private static final Logger LOG = Logger.getLogger(DatabaseBreaker.class.getName());

    @Inject
    @ConfigProperty(name = "trackline.db.breaker.failure-threshold", defaultValue = "3")
    int failureThreshold;

    @Inject
    @ConfigProperty(name = "trackline.db.breaker.probe-interval-ms", defaultValue = "1000")
    long probeIntervalMillis;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    DatabaseHealth database;

    private CircuitBreaker breaker;
    private ScheduledFuture<?> probe;

    @PostConstruct
    void start() {
        long retryAfterSeconds = TimeUnit.MILLISECONDS.toSeconds(probeIntervalMillis) + 1;
        breaker = new CircuitBreaker(failureThreshold, retryAfterSeconds, this::opened);
    }

    @PreDestroy
    synchronized void stop() {
        if (probe != null) {
            probe.cancel(false);
        }
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    @Override
    public boolean isOpen() {
        return breaker.isOpen();
    }

    @Override
    public String openBecause() {
        return breaker.openBecause();
    }

    @Override
    public long retryAfterSeconds() {
        return breaker.retryAfterSeconds();
    }

    @Override
    public void ensureClosed() {
        breaker.ensureClosed();
    }

    @Override
    public boolean isOutage(Throwable failure) {
        return StoreFailures.isUnavailable(failure);
    }

    @Override
    public void failed(Throwable failure) {
        breaker.failed(failure);
    }

    private synchronized void opened(String reason) {
        LOG.log(Level.WARNING, "The database cannot take requests ({0}): the circuit breaker is open, requests"
                + " that need the database are refused (503) until it answers again", reason);
        if (probe == null || probe.isDone()) {
            probe = scheduler.scheduleWithFixedDelay(this::probe, probeIntervalMillis, probeIntervalMillis,
                    TimeUnit.MILLISECONDS);
        }
    }

    private void probe() {
        if (!database.check().ready()) {
            return;
        }
        synchronized (this) {
            breaker.close();
            probe.cancel(false);
        }
        LOG.log(Level.INFO, "The database answers again: the circuit breaker is closed");
    }
}
