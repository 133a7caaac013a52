package io.trackline.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Trackline's own meters, all named {@code trackline_…}, in the application registry of MicroProfile
 * Metrics: Liberty's {@code mpMetrics} serves them at {@code /metrics} in Prometheus format, next to its
 * own (JVM, connection pool, HTTP). The README lists them.
 *
 * <p>They live in this node's memory: two nodes count apart (Prometheus sums them), a kill -9 starts them
 * from zero (Prometheus reads that as a counter reset), and a database outage changes nothing about them.
 */
@ApplicationScoped
public class Meters {

    @Inject
    MetricRegistry registry;

    public Counter counter(String name, String description, Tag... tags) {
        return registry.counter(metadata(name, description, MetricUnits.NONE), tags);
    }

    public Histogram histogram(String name, String description, Tag... tags) {
        return registry.histogram(metadata(name, description, MetricUnits.NONE), tags);
    }

    /** A distribution of durations, in seconds. */
    public Timer timer(String name, String description, Tag... tags) {
        return registry.timer(metadata(name, description, MetricUnits.SECONDS), tags);
    }

    /** A value read from {@code source} whenever the meters are read. */
    public <T> void gauge(String name, String description, T source, Function<T, Number> value, Tag... tags) {
        registry.gauge(metadata(name, description, MetricUnits.NONE), source, value, tags);
    }

    private static Metadata metadata(String name, String description, String unit) {
        return Metadata.builder().withName(name).withDescription(description).withUnit(unit).build();
    }
}
