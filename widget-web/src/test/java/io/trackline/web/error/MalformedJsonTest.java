package io.trackline.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import org.junit.jupiter.api.Test;

/** Real JSON-B failures, described as a caller should read them. */
class MalformedJsonTest {

    public record Order(String orderId, Integer quantity) {
    }

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    @Test
    void brokenSyntaxSaysWhere() {
        String detail = MalformedJson.describe(failure("{\"order_id\": \"a\","));

        assertTrue(detail.startsWith("Invalid JSON at line 1, column "), detail);
    }

    @Test
    void aValueOfTheWrongKindNamesThePropertyButNoJavaClass() {
        String detail = MalformedJson.describe(failure("{\"order_id\": \"a\", \"quantity\": \"three\"}"));

        assertTrue(detail.contains("'quantity'"), detail);
        assertFalse(detail.contains("java.lang"), detail);
        assertFalse(detail.contains("class "), detail);
    }

    @Test
    void anythingElseGetsAGenericExplanation() {
        assertEquals("The body is not valid JSON for this request.",
                MalformedJson.describe(new IllegalStateException("internal")));
    }

    @Test
    void classNamesAreReducedToTheirSimpleName() {
        assertEquals("into type: Integer.",
                MalformedJson.withoutClassNames("into type: class java.lang.Integer."));
        assertEquals("not a Line", MalformedJson.withoutClassNames("not a io.trackline.web.Line"));
    }

    private Exception failure(String json) {
        try {
            jsonb.fromJson(json, Order.class);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("Expected " + json + " to be refused");
    }
}
