package io.trackline.dashboard.influencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.dashboard.web.Viewers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The influencer report page's bean: which brand it opens, what it asks the service, the chart it draws. */
class InfluencerReportBeanTest {

    private final FakeInfluencerConsole console = new FakeInfluencerConsole();
    private final InfluencerReportBean bean = new InfluencerReportBean();

    @BeforeEach
    void signIn() {
        bean.console = console;
        bean.viewer = Viewers.of("admin", "admin", null);
        bean.load();
    }

    @Test
    void itOpensTheFirstBrandOnTheLastTwoWeeks() {
        bean.open();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertEquals(List.of("campaigns 1", "report 1 " + today.minusDays(13) + ".." + today + " campaign null"),
                console.calls);
        assertEquals(14, bean.getReport().days().size());
        assertEquals(List.of("launch"), bean.getCampaigns().stream().map(c -> c.name()).toList());
    }

    @Test
    void aBrandInTheAddressIsTheOneAskedFor() {
        bean.setRequestedBrand(2L);
        bean.open();

        assertEquals(2L, bean.getBrand().getChosen());
        assertTrue(console.calls.get(1).startsWith("report 2 "), console.calls.toString());
    }

    @Test
    void anotherBrandForgetsTheCampaignFilterAndTheChartShowsEveryDay() {
        bean.open();
        bean.setCampaignId(10L);
        bean.getRange().setFrom(LocalDate.of(2026, 11, 1));
        bean.getRange().setTo(LocalDate.of(2026, 11, 3));
        bean.show();
        assertEquals("report 1 2026-11-01..2026-11-03 campaign 10", console.calls.get(2));

        bean.getBrand().setChosen(2L);
        bean.brandChanged();

        assertNull(bean.getCampaignId());
        JsonObject chart = Json.createReader(new StringReader(bean.getChartJson())).readObject();
        assertEquals("[\"2026-11-01\",\"2026-11-02\",\"2026-11-03\"]",
                chart.getJsonObject("data").getJsonArray("labels").toString());
        assertEquals("[1,2,3]", chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0)
                .getJsonArray("data").toString());
    }
}
