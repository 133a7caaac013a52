package io.trackline.web.retail;

import io.trackline.platform.api.InvalidFieldException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** A retailer's product id, wherever a body carries one: 1 to {@value #MAX_LENGTH} characters, no comma. */
final class ProductId {

    static final int MAX_LENGTH = 64;
    private static final String RULE = "must be a product id of 1 to " + MAX_LENGTH + " characters, without commas";

    private ProductId() {
    }

    /** The member {@code name} of {@code json}, which the caller knows as {@code field}. */
    static String of(JsonObject json, String name, String field) {
        return of(json.get(name), field);
    }

    static String of(JsonValue value, String field) {
        if (!(value instanceof JsonString string) || string.getString().isBlank()
                || string.getString().length() > MAX_LENGTH || string.getString().indexOf(',') >= 0) {
            throw new InvalidFieldException(field, RULE);
        }
        return string.getString().strip();
    }
}
