package io.trackline.platform.api;

import java.util.function.Function;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/** Trackline's own meters, all named {@code trackline_…}, served at {@code /metrics}; the README lists them. */
public interface Meters {

    Counter counter(String name, String description, Tag... tags);

    Histogram histogram(String name, String description, Tag... tags);

    /** A distribution of durations, in seconds. */
    Timer timer(String name, String description, Tag... tags);

    /** A value read from {@code source} whenever the meters are read. */
    <T> void gauge(String name, String description, T source, Function<T, Number> value, Tag... tags);
}
