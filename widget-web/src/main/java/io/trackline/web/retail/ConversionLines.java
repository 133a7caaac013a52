package io.trackline.web.retail;

import io.trackline.auction.api.ConversionLine;
import io.trackline.platform.api.InvalidFieldException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code lines} of an add-to-cart or a purchase: 1 to {@value #MAX_LINES} objects of {@code product_id},
 * {@code quantity} (a whole number from 1) and {@code price} (the unit price, at most two decimals).
 */
final class ConversionLines {

    static final int MAX_LINES = 200;
    static final int MAX_QUANTITY = 100_000;
    static final BigDecimal MAX_PRICE = new BigDecimal("10000000");

    private ConversionLines() {
    }

    static List<ConversionLine> read(JsonObject json) {
        if (!(json.get("lines") instanceof JsonArray array) || array.isEmpty() || array.size() > MAX_LINES) {
            throw new InvalidFieldException("lines", "must be an array of 1 to " + MAX_LINES + " lines");
        }
        List<ConversionLine> lines = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "lines[" + i + "].";
            if (!(array.get(i) instanceof JsonObject line)) {
                throw new InvalidFieldException("lines[" + i + "]", "must be an object");
            }
            SignedJson.only(line, at, Set.of("product_id", "quantity", "price"));
            lines.add(new ConversionLine(ProductId.of(line, "product_id", at + "product_id"),
                    quantity(line.get("quantity"), at + "quantity"), price(line.get("price"), at + "price")));
        }
        return lines;
    }

    private static int quantity(JsonValue value, String field) {
        return (int) SignedJson.whole(value, field, 1, MAX_QUANTITY);
    }

    private static BigDecimal price(JsonValue value, String field) {
        if (!(value instanceof JsonNumber number)) {
            throw new InvalidFieldException(field, "is required: the unit price, a number");
        }
        BigDecimal price = number.bigDecimalValue().stripTrailingZeros();
        if (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0 || price.scale() > 2) {
            throw new InvalidFieldException(field, "must be from 0 to " + MAX_PRICE + " with at most two decimals");
        }
        return price.setScale(2);
    }
}
