package io.trackline.auction.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.trackline.platform.api.InvalidFieldException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the campaign manager refuses before anything is stored, naming the field. */
class CampaignManagerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aCampaignStartsOnADayAndEndsNotBeforeIt() {
        CampaignManager.checkDates(TODAY, null);
        CampaignManager.checkDates(TODAY, TODAY);
        assertEquals("starts_on", assertThrows(InvalidFieldException.class,
                () -> CampaignManager.checkDates(null, TODAY)).field());
        assertEquals("ends_on", assertThrows(InvalidFieldException.class,
                () -> CampaignManager.checkDates(TODAY, TODAY.minusDays(1))).field());
    }

    @ParameterizedTest(name = "daily {0}, total {1} -> {2}")
    @CsvSource({"0, , daily_budget", "-5, , daily_budget", "10.005, , daily_budget", "100, 50, total_budget",
            "100, 100.001, total_budget"})
    void budgetsArePositiveCentsAndTheTotalCoversADay(String daily, String total, String field) {
        assertEquals(field, assertThrows(InvalidFieldException.class, () -> CampaignManager.checkBudgets(
                new BigDecimal(daily), total == null ? null : new BigDecimal(total))).field());
    }

    @Test
    void aBidIsPositiveAtMostAThousandWithFourDecimals() {
        assertEquals(new BigDecimal("0.8000"), CampaignManager.bid(new BigDecimal("0.8000"), "bid"));
        for (String wrong : new String[] {"0", "-1", "1000.01", "0.00001"}) {
            assertEquals("bid", assertThrows(InvalidFieldException.class,
                    () -> CampaignManager.bid(new BigDecimal(wrong), "bid")).field(), wrong);
        }
        assertThrows(InvalidFieldException.class, () -> CampaignManager.bid(null, "default_bid"));
    }

    @Test
    void aNameIsStrippedAndRequired() {
        assertEquals("Spring", CampaignManager.required("  Spring ", "name"));
        assertThrows(InvalidFieldException.class, () -> CampaignManager.required(" ", "name"));
        assertThrows(InvalidFieldException.class, () -> CampaignManager.required("x".repeat(201), "name"));
    }
}
