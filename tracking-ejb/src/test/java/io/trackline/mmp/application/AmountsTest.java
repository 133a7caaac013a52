package io.trackline.mmp.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @Test
    void aMissingAmountAddsNothing() {
        assertEquals(new BigDecimal("2.5"), Amounts.sum(new BigDecimal("2.5"), null));
        assertEquals(new BigDecimal("4.000000"), Amounts.sum(new BigDecimal("2.5"), new BigDecimal("1.500000")));
    }

    // Compared as text: an exponent or a trailing zero would show there.
    @ParameterizedTest
    @CsvSource({"42.000000, 42", "1E+2, 100", "12.340, 12.34", "0.000000, 0", "-3.10, -3.1", "0.000001, 0.000001"})
    void amountsAreWrittenPlainly(String amount, String written) {
        assertEquals(written, Amounts.plain(new BigDecimal(amount)).toString());
    }

    @Test
    void noAmountIsZero() {
        assertEquals("0", Amounts.plain(null).toString());
    }
}
