package io.trackline.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.trackline.platform.api.InvalidFieldException;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordShapeTest {

    record Line(String productId, Integer quantity) {
    }

    record Order(String orderId, Long customerNumber, int count, BigDecimal price, List<Line> lines,
                 @JsonbProperty("ts") Long timestamp) {
    }

    private static void check(String json) {
        RecordShape.check(StrictJson.parse(json), Order.class);
    }

    private static String refusedField(String json) {
        return assertThrows(InvalidFieldException.class, () -> check(json)).field();
    }

    @Test
    void aBodyOfTheRecordsFieldsPasses() {
        check("{\"order_id\":\"o\",\"customer_number\":9223372036854775807,\"count\":2.0,\"price\":1.5,"
                + "\"lines\":[{\"product_id\":\"p\",\"quantity\":1e2}],\"ts\":1}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"order_id\":\"o\",\"orderid\":\"p\"}               | orderid",
            "{\"lines\":[{\"product_id\":\"p\",\"sku\":1}]}       | lines[0].sku",
            "{\"timestamp\":1}                                    | timestamp"})
    void aMemberTheRecordDoesNotHaveIsRefused(String json, String field) {
        assertEquals(field, refusedField(json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"customer_number\":18446744073709551617} | customer_number",
            "{\"count\":2147483648}                     | count",
            "{\"count\":1.5}                            | count",
            "{\"count\":\"3\"}                          | count",
            "{\"lines\":[{\"quantity\":-2147483649}]}   | lines[0].quantity"})
    void aWholeNumberMustBeWholeAndFitItsField(String json, String field) {
        assertEquals(field, refusedField(json));
    }
}
