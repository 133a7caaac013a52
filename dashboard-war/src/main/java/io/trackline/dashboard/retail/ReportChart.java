package io.trackline.dashboard.retail;

import io.trackline.auction.api.ReportRow;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A retail report's days as a Chart.js configuration for {@code p:chart}: impressions and clicks as lines
 * on their own axes, spend and attributed sales as bars; every day of the range, those without events at 0.
 */
final class ReportChart {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ReportChart() {
    }

    /** @param days one row a day (a report of level retailer, daily) */
    static String of(LocalDate from, LocalDate to, List<ReportRow> days) {
        Map<LocalDate, ReportRow> byDay = new HashMap<>();
        days.forEach(row -> byDay.put(row.day(), row));
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            labels.add(day.toString());
        }
        JsonArrayBuilder series = JSON.createArrayBuilder()
                .add(series("Impressions", "line", "counts", "#4f46e5", from, to, byDay,
                        row -> BigDecimal.valueOf(row.impressions())))
                .add(series("Clicks", "line", "clicks", "#0ea5e9", from, to, byDay,
                        row -> BigDecimal.valueOf(row.clicks())))
                .add(series("Spend", "bar", "money", "#f59e0b", from, to, byDay, ReportRow::spend))
                .add(series("Attributed sales", "bar", "money", "#10b981", from, to, byDay, ReportRow::sales));
        JsonObjectBuilder data = JSON.createObjectBuilder().add("labels", labels).add("datasets", series);
        return JSON.createObjectBuilder().add("type", "bar").add("data", data).add("options", options()).build()
                .toString();
    }

    private static JsonObjectBuilder series(String label, String type, String axis, String color, LocalDate from,
                                            LocalDate to, Map<LocalDate, ReportRow> byDay,
                                            Function<ReportRow, BigDecimal> value) {
        JsonArrayBuilder points = JSON.createArrayBuilder();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            ReportRow row = byDay.get(day);
            points.add(row == null ? BigDecimal.ZERO : value.apply(row));
        }
        return JSON.createObjectBuilder().add("label", label).add("type", type).add("yAxisID", axis)
                .add("borderColor", color).add("backgroundColor", color).add("data", points);
    }

    private static JsonObjectBuilder options() {
        return JSON.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("interaction", JSON.createObjectBuilder().add("mode", "index").add("intersect", false))
                .add("scales", JSON.createObjectBuilder()
                        .add("counts", axis("left", "Impressions", false))
                        .add("clicks", axis("right", "Clicks", true))
                        .add("money", axis("right", "Amount", true)));
    }

    private static JsonObjectBuilder axis(String position, String title, boolean noGrid) {
        return JSON.createObjectBuilder().add("type", "linear").add("position", position).add("beginAtZero", true)
                .add("title", JSON.createObjectBuilder().add("display", true).add("text", title))
                .add("grid", JSON.createObjectBuilder().add("drawOnChartArea", !noGrid));
    }
}
