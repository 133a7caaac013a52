package io.trackline.mmp.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CurrencyConverterTest {

    private static final BigDecimal EUR = BigDecimal.ONE;
    private static final BigDecimal USD = new BigDecimal("1.08");

    private static Optional<BigDecimal> amount(String value) {
        return Optional.of(new BigDecimal(value));
    }

    @Test
    void amountsGoThroughTheEuroAndKeepSixDecimals() {
        assertEquals(amount("100.000000"), CurrencyConverter.convert(new BigDecimal("108"), USD, EUR));
        assertEquals(amount("10.800000"), CurrencyConverter.convert(BigDecimal.TEN, EUR, USD));
        assertEquals(amount("66.666667"), CurrencyConverter.convert(new BigDecimal("200"), new BigDecimal("3"), EUR));
    }

    @Test
    void aHalfIsRoundedToTheEvenNeighbour() {
        BigDecimal twoPerEur = new BigDecimal("2");

        assertEquals(amount("0.000000"), CurrencyConverter.convert(new BigDecimal("0.00000025"), EUR, twoPerEur));
        assertEquals(amount("0.000002"), CurrencyConverter.convert(new BigDecimal("0.00000075"), EUR, twoPerEur));
    }

    @Test
    void withoutARateOnEitherSideThereIsNoAmount() {
        assertEquals(Optional.empty(), CurrencyConverter.convert(BigDecimal.TEN, null, EUR));
        assertEquals(Optional.empty(), CurrencyConverter.convert(BigDecimal.TEN, USD, null));
    }

    @Test
    void theSameCurrencyNeedsNoRateAndKeepsTheAmountAsGiven() {
        assertEquals(amount("42.5"), new CurrencyConverter().convert(new BigDecimal("42.5"), "USD", "USD"));
    }
}
