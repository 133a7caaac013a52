package io.trackline.platform.application;

import io.trackline.platform.api.Meters;
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
 * {@link Meters} on MicroProfile Metrics: Trackline's own meters, all named {@code trackline_…}, in the
 * application registry, which Liberty's {@code mpMetrics} serves at {@code /metrics} in Prometheus format,
 * next to its own (JVM, connection pool, HTTP). The README lists them.
 *
 * <p>They live in this node's memory: two nodes count apart (Prometheus sums them), a kill -9 starts them
 * from zero (Prometheus reads that as a counter reset), and a database outage changes nothing about them.
 */
@ApplicationScoped
public class MicroProfileMeters implements Meters {

    @Inject
    MetricRegistry registry;

    @Override
    public Counter counter(String name, String description, Tag... tags) {
        return registry.counter(metadata(name, description, MetricUnits.NONE), tags);
    }

    @Override
    public Histogram histogram(String name, String description, Tag... tags) {
        return registry.histogram(metadata(name, description, MetricUnits.NONE), tags);
    }

    @Override
    public Timer timer(String name, String description, Tag... tags) {
        return registry.timer(metadata(name, description, MetricUnits.SECONDS), tags);
    }

    @Override
    public <T> void gauge(String name, String description, T source, Function<T, Number> value, Tag... tags) {
        registry.gauge(metadata(name, description, MetricUnits.NONE), source, value, tags);
    }

    private static Metadata metadata(String name, String description, String unit) {
        return Metadata.builder().withName(name).withDescription(description).withUnit(unit).build();
    }
}
