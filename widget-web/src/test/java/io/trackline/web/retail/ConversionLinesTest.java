package io.trackline.web.retail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.trackline.auction.api.ConversionLine;
import io.trackline.platform.api.InvalidFieldException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Conversion lines as a retailer sends them, and the field named when one is wrong. */
class ConversionLinesTest {

    private static List<ConversionLine> read(String lines) {
        return ConversionLines.read(SignedJson.object("{\"lines\":" + lines + "}"));
    }

    @Test
    void aLineIsAProductAQuantityAndAUnitPrice() {
        assertEquals(List.of(new ConversionLine("EAN004", 3, new BigDecimal("1.90")),
                        new ConversionLine("EAN005", 1, new BigDecimal("20.00"))),
                read("[{\"product_id\":\" EAN004 \",\"quantity\":3,\"price\":1.9},"
                        + "{\"product_id\":\"EAN005\",\"quantity\":1,\"price\":20}]"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "[]                                                   | lines",
            "{}                                                   | lines",
            "[1]                                                  | lines[0]",
            "[{\"quantity\":1,\"price\":1}]                        | lines[0].product_id",
            "[{\"product_id\":\"A,B\",\"quantity\":1,\"price\":1}]  | lines[0].product_id",
            "[{\"product_id\":\"A\",\"quantity\":0,\"price\":1}]    | lines[0].quantity",
            "[{\"product_id\":\"A\",\"quantity\":1.5,\"price\":1}]  | lines[0].quantity",
            "[{\"product_id\":\"A\",\"quantity\":1}]               | lines[0].price",
            "[{\"product_id\":\"A\",\"quantity\":1,\"price\":-1}]   | lines[0].price",
            "[{\"product_id\":\"A\",\"quantity\":1,\"price\":0.001}] | lines[0].price",
            "[{\"product_id\":\"A\",\"quantity\":1,\"price\":\"9\"}] | lines[0].price",
    })
    void aWrongLineIsRefusedNamingItsField(String lines, String field) {
        assertEquals(field, assertThrows(InvalidFieldException.class, () -> read(lines)).field());
    }
}
