package io.trackline.dashboard.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

/**
 * A report's days as a Chart.js configuration for {@code p:chart}: one label per day of the range and
 * series as lines or bars, each on a named axis; a day without a figure shows 0.
 */
public final class DailyChart {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private final LocalDate from;
    private final LocalDate to;
    private final JsonArrayBuilder series = JSON.createArrayBuilder();
    private final JsonObjectBuilder axes = JSON.createObjectBuilder();
    private boolean firstAxis = true;

    private DailyChart(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    public static DailyChart over(LocalDate from, LocalDate to) {
        return new DailyChart(from, to);
    }

    /** An axis of counts (whole ticks), left or right; only the first axis draws its grid across the chart. */
    public DailyChart axis(String id, String position, String title) {
        return axis(id, position, title, true);
    }

    /** An axis of amounts of money. */
    public DailyChart amountAxis(String id, String position, String title) {
        return axis(id, position, title, false);
    }

    private DailyChart axis(String id, String position, String title, boolean counts) {
        JsonObjectBuilder ticks = JSON.createObjectBuilder();
        if (counts) {
            ticks.add("precision", 0);
        }
        axes.add(id, JSON.createObjectBuilder().add("type", "linear").add("position", position)
                .add("beginAtZero", true).add("ticks", ticks)
                .add("title", JSON.createObjectBuilder().add("display", true).add("text", title))
                .add("grid", JSON.createObjectBuilder().add("drawOnChartArea", firstAxis)));
        firstAxis = false;
        return this;
    }

    /** @param type {@code line} or {@code bar} */
    public <T> DailyChart series(String label, String type, String axis, String color, Map<LocalDate, T> byDay,
                                 Function<T, BigDecimal> value) {
        JsonArrayBuilder points = JSON.createArrayBuilder();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            T figures = byDay.get(day);
            points.add(figures == null ? BigDecimal.ZERO : value.apply(figures));
        }
        series.add(JSON.createObjectBuilder().add("label", label).add("type", type).add("yAxisID", axis)
                .add("borderColor", color).add("backgroundColor", color).add("data", points));
        return this;
    }

    public String toJson() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            labels.add(day.toString());
        }
        JsonObjectBuilder options = JSON.createObjectBuilder().add("responsive", true).add("animation", false)
                .add("maintainAspectRatio", false)
                .add("interaction", JSON.createObjectBuilder().add("mode", "index").add("intersect", false))
                .add("scales", axes);
        return JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", series))
                .add("options", options).build().toString();
    }
}
