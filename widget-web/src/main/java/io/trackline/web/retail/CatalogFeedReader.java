package io.trackline.web.retail;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.retail.api.CatalogFeed;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a catalog feed: {@code categories} ({@code id}, {@code name}, {@code parent_id}) and
 * {@code products} ({@code product_id}, {@code name}, {@code brand}, {@code category_id}, {@code price},
 * {@code stock}); both optional, at most {@value #MAX_ROWS} rows each. A wrong value, or a field the feed
 * does not define, is refused naming it by its path, e.g. {@code products[3].price}.
 */
final class CatalogFeedReader {

    static final int MAX_ROWS = 10_000;

    private CatalogFeedReader() {
    }

    static final int MAX_STOCK = Integer.MAX_VALUE;

    static CatalogFeed read(JsonObject json) {
        SignedJson.only(json, "", Set.of("categories", "products"));
        List<CatalogFeed.Category> categories = new ArrayList<>();
        JsonArray categoryRows = array(json, "categories");
        for (int i = 0; i < categoryRows.size(); i++) {
            JsonObject row = row(categoryRows, i, "categories");
            String at = "categories[" + i + "].";
            SignedJson.only(row, at, Set.of("id", "name", "parent_id"));
            categories.add(new CatalogFeed.Category(whole(row, "id", at),
                    SignedJson.text(row, "name", at + "name", 200),
                    wholeOrNull(row, "parent_id", at)));
        }
        List<CatalogFeed.Product> products = new ArrayList<>();
        JsonArray productRows = array(json, "products");
        for (int i = 0; i < productRows.size(); i++) {
            JsonObject row = row(productRows, i, "products");
            String at = "products[" + i + "].";
            SignedJson.only(row, at, Set.of("product_id", "name", "brand", "category_id", "price", "stock"));
            Long stock = SignedJson.optionalWhole(row.get("stock"), at + "stock", 0, MAX_STOCK);
            products.add(new CatalogFeed.Product(ProductId.of(row, "product_id", at + "product_id"),
                    SignedJson.text(row, "name", at + "name", 300),
                    SignedJson.optionalText(row, "brand", at + "brand", 100),
                    wholeOrNull(row, "category_id", at), price(row, at),
                    stock == null ? null : stock.intValue()));
        }
        return new CatalogFeed(categories, products);
    }

    private static JsonArray array(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidFieldException(name, "must be an array");
        }
        if (array.size() > MAX_ROWS) {
            throw new InvalidFieldException(name, "must have at most " + MAX_ROWS + " rows; send more calls");
        }
        return array;
    }

    private static JsonObject row(JsonArray rows, int index, String name) {
        if (!(rows.get(index) instanceof JsonObject row)) {
            throw new InvalidFieldException(name + "[" + index + "]", "must be an object");
        }
        return row;
    }

    private static long whole(JsonObject row, String name, String at) {
        return SignedJson.whole(row.get(name), at + name, 0, Long.MAX_VALUE);
    }

    private static Long wholeOrNull(JsonObject row, String name, String at) {
        return SignedJson.optionalWhole(row.get(name), at + name, 0, Long.MAX_VALUE);
    }

    private static BigDecimal price(JsonObject row, String at) {
        JsonValue value = row.get("price");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || number.bigDecimalValue().signum() < 0
                || number.bigDecimalValue().compareTo(new BigDecimal("9999999999")) > 0) {
            throw new InvalidFieldException(at + "price", "must be a number from 0 to 9,999,999,999");
        }
        return number.bigDecimalValue().setScale(2, RoundingMode.HALF_UP);
    }
}
