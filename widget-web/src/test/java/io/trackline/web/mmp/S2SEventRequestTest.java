package io.trackline.web.mmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.trackline.mmp.api.AppRef;
import io.trackline.mmp.api.S2SEventCommand;
import io.trackline.platform.api.InvalidFieldException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class S2SEventRequestTest {

    private static final AppRef APP = new AppRef(1L, "app", "EUR", Duration.ofDays(7), Duration.ofHours(24));

    static S2SParameters parameters(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        S2SParameters parameters = new S2SParameters();
        parameters.read(values, null);
        return parameters;
    }

    private static S2SEventCommand postback(String... namesAndValues) {
        return S2SEventRequest.command(parameters(namesAndValues), APP, false, null);
    }

    private static S2SEventCommand s2sEvent(String... namesAndValues) {
        return S2SEventRequest.command(parameters(namesAndValues), APP, true, null);
    }

    private static String refusedField(Executable call) {
        return assertThrows(InvalidFieldException.class, call).field();
    }

    @Test
    void aPostbackNeedsAUserAndAnEvent() {
        assertEquals("user_id", refusedField(() -> postback("event_id", "purchase")));
        assertEquals("event_id", refusedField(() -> postback("user_id", "u1", "event_id", " ")));

        S2SEventCommand command = postback("user_id", "u1", "event_id", "purchase");
        assertEquals("u1", command.userId());
        assertEquals("purchase", command.eventId());
        assertNull(command.ip());
    }

    @Test
    void anS2SEventWithoutAnEventIsAttributionButNeedsTheVisitor() {
        S2SEventCommand command = s2sEvent("user_id", "u1", "user_ip", "203.0.113.9", "user_ua", "Mozilla/5.0");
        assertNull(command.eventId());
        assertEquals("203.0.113.9", command.ip());
        assertEquals("Mozilla/5.0", command.userAgent());

        assertEquals("user_ip", refusedField(() -> s2sEvent("user_id", "u1", "user_ua", "Mozilla/5.0")));
        assertEquals("user_ua", refusedField(() -> s2sEvent("user_id", "u1", "user_ip", "203.0.113.9")));
    }

    @Test
    void everySpellingOfTheSeedIsRead() {
        S2SEventCommand command = s2sEvent("user_id", "u1", "ip_address", "203.0.113.9", "user_agent", "curl/8",
                "sale_amout", "12.5", "click_id", "clk-1");

        assertEquals("203.0.113.9", command.ip());
        assertEquals("curl/8", command.userAgent());
        assertEquals(new BigDecimal("12.5"), command.amount());
        assertEquals("clk-1", command.clickId());
    }

    @Test
    void theCanonicalSpellingWinsOverItsAlias() {
        S2SEventCommand command = postback("user_id", "u1", "event_id", "e", "sale_amount", "1", "sale_amout", "2",
                "clkid", "a", "click_id", "b", "user_ip", "203.0.113.9", "ip_address", "198.51.100.1");

        assertEquals(BigDecimal.ONE, command.amount());
        assertEquals("a", command.clickId());
        assertEquals("203.0.113.9", command.ip());
    }

    @ParameterizedTest
    @CsvSource({"sale_amout, abc", "sale_amount, '1,5'", "ip_address, 1.2.3", "user_ip, example.com",
            "aggregated_event_value, ten", "sale_amount_currency, EURO"})
    void aWrongValueIsRefusedUnderTheNameTheCallerUsed(String name, String value) {
        assertEquals(name, refusedField(() -> postback("user_id", "u1", "event_id", "e", name, value)));
    }

    @Test
    void textsHaveTheirLimits() {
        assertEquals("user_id", refusedField(() -> postback("user_id", "u".repeat(256), "event_id", "e")));
        assertEquals("event_id", refusedField(() -> postback("user_id", "u1", "event_id", "e".repeat(65))));
        assertEquals("click_id", refusedField(() -> postback("user_id", "u1", "event_id", "e",
                "click_id", "c".repeat(65))));
    }

    @ParameterizedTest
    @CsvSource({"42.50, 42.5", "1E+2, 100", "1.1234560, 1.123456", "99999999999999.999999, 99999999999999.999999",
            "0, 0"})
    void amountsAreKeptWithoutTrailingZeros(String given, String kept) {
        assertEquals(new BigDecimal(kept), postback("user_id", "u1", "event_id", "e", "sale_amount", given).amount());
    }

    @ParameterizedTest
    @CsvSource({"-0.01, must not be negative", "1.1234567, must have at most 6 decimals",
            "100000000000000, must be less than 10^14"})
    void amountsFitTheStoredColumn(String given, String reason) {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> postback("user_id", "u1", "event_id", "e", "sale_amount", given));

        assertEquals("sale_amount", refused.field());
        assertEquals(reason, refused.getMessage());
    }

    @Test
    void anAggregatedValueMayBeNegative() {
        assertEquals(new BigDecimal("-2.5"),
                postback("user_id", "u1", "event_id", "e", "aggregated_event_value", "-2.50").aggregatedValue());
    }

    @Test
    void theCurrencyIsAnIsoCodeDefaultingToTheApps() {
        assertEquals("USD", postback("user_id", "u1", "event_id", "e", "sale_amount_currency", "usd").currency());

        AppRef poundsApp = new AppRef(2L, "shop", "GBP", Duration.ofDays(7), Duration.ofHours(24));
        assertEquals("GBP", S2SEventRequest.command(parameters("user_id", "u1", "event_id", "e"), poundsApp, false,
                null).currency());
    }

    @Test
    void theEventValueIsLimitedInUtf8Bytes() {
        // "é" takes two bytes: 2,048 of them fill the limit exactly
        assertEquals("é".repeat(2048),
                postback("user_id", "u1", "event_id", "e", "event_value", "é".repeat(2048)).eventValue());
        assertEquals("event_value",
                refusedField(() -> postback("user_id", "u1", "event_id", "e", "event_value", "é".repeat(2049))));
    }

    @Test
    void anIpv6AddressIsLowerCased() {
        assertEquals("2001:db8::1", postback("user_id", "u1", "event_id", "e", "user_ip", "2001:DB8::1").ip());
    }

    @Test
    void onlyAnIdempotentRequestIsHashed() {
        assertNull(postback("user_id", "u1", "event_id", "e").requestHash());
    }

    @Test
    void theHashFollowsTheValuesNotTheirSpelling() {
        String hash = hash("user_id", "u1", "event_id", "e", "sale_amount", "42.5");

        assertEquals(64, hash.length());
        assertEquals(hash, hash("user_id", "u1", "event_id", "e", "sale_amount", "42.5"));
        assertEquals(hash, hash("user_id", "u1", "event_id", "e", "sale_amout", "42.50"));
        assertNotEquals(hash, hash("user_id", "u1", "event_id", "e", "sale_amount", "42.6"));
        assertNotEquals(hash, hash("user_id", "u1", "event_id", "e", "sale_amount", "42.5",
                "sale_amount_currency", "USD"));
    }

    private static String hash(String... namesAndValues) {
        return S2SEventRequest.command(parameters(namesAndValues), APP, false, "key-1").requestHash();
    }
}
