package io.trackline.dashboard.retail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trackline.auction.api.ReportRow;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report chart: every day of the range on the axis, days without events at zero, four series. */
class ReportChartTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 30);

    private static ReportRow day(LocalDate day, long impressions, long clicks, String spend, String sales) {
        return ReportRow.of(day, null, null, null, impressions, clicks, 0, new BigDecimal(spend), 0, BigDecimal.ZERO,
                1, new BigDecimal(sales), 0, BigDecimal.ZERO);
    }

    @Test
    void everyDayIsOnTheAxisAndAQuietDayIsZero() {
        String json = ReportChart.of(FIRST, FIRST.plusDays(2), List.of(day(FIRST, 100, 3, "0.90", "12.50"),
                day(FIRST.plusDays(2), 40, 1, "0.30", "0")));

        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        JsonObject data = chart.getJsonObject("data");
        assertEquals(List.of("2026-11-30", "2026-12-01", "2026-12-02"),
                data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString));
        JsonArray series = data.getJsonArray("datasets");
        assertEquals(List.of("Impressions", "Clicks", "Spend", "Attributed sales"),
                series.getValuesAs(JsonObject.class).stream().map(set -> set.getString("label")).toList());
        assertEquals("[100,0,40]", series.getJsonObject(0).getJsonArray("data").toString());
        assertEquals("[3,0,1]", series.getJsonObject(1).getJsonArray("data").toString());
        assertEquals("[0.90,0,0.30]", series.getJsonObject(2).getJsonArray("data").toString());
        assertEquals("line", series.getJsonObject(0).getString("type"));
        assertEquals("bar", series.getJsonObject(3).getString("type"));
    }
}
