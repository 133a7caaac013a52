package io.trackline.web.retail;

import io.trackline.auction.domain.AuctionQuery;
import io.trackline.auction.domain.AuctionType;
import io.trackline.platform.api.InvalidFieldException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * Reads an auction request body as the seed defines it: {@code platform_type} (WEB_DESKTOP, WEB_MOBILE or
 * APP_MOBILE), {@code uid}, and {@code search_term}, {@code category} (a string or an integer) or
 * {@code page} depending on the auction; optional {@code slots} (1 to 20). Unknown fields are ignored.
 */
final class AuctionRequestReader {

    /** A valid auction request: what to auction, and who asks. */
    record AuctionRequest(AuctionQuery query, String platformType, String uid) {
    }

    static final Set<String> PLATFORM_TYPES = Set.of("WEB_DESKTOP", "WEB_MOBILE", "APP_MOBILE");
    static final int MAX_UID = 128;
    static final int MAX_TEXT = 300;

    private AuctionRequestReader() {
    }

    static AuctionRequest read(String body, AuctionType type) {
        JsonObject json = SignedJson.object(body);
        String platformType = SignedJson.text(json, "platform_type", 16);
        if (!PLATFORM_TYPES.contains(platformType)) {
            throw new InvalidFieldException("platform_type", "must be one of WEB_DESKTOP, WEB_MOBILE, APP_MOBILE");
        }
        String uid = SignedJson.text(json, "uid", MAX_UID);
        String searchTerm = null;
        String category = null;
        String page = null;
        switch (type) {
            case SP_KEYWORD, DISPLAY_KEYWORD -> searchTerm = SignedJson.text(json, "search_term", MAX_TEXT);
            case SP_CATEGORY, DISPLAY_CATEGORY -> category = category(json);
            case DISPLAY_PAGE -> page = SignedJson.text(json, "page", MAX_TEXT);
        }
        return new AuctionRequest(new AuctionQuery(type, searchTerm, category, page, slots(json, type)),
                platformType, uid);
    }

    private static String category(JsonObject json) {
        JsonValue value = json.get("category");
        if (value instanceof JsonNumber number) {
            if (!number.isIntegral() || number.longValue() < 0) {
                throw new InvalidFieldException("category", "must be a category id (a whole number) or name");
            }
            return Long.toString(number.longValue());
        }
        return SignedJson.text(json, "category", MAX_TEXT);
    }

    private static int slots(JsonObject json, AuctionType type) {
        JsonValue value = json.get("slots");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return type.defaultSlots();
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 1
                || number.longValue() > AuctionType.MAX_SLOTS) {
            throw new InvalidFieldException("slots", "must be a whole number from 1 to " + AuctionType.MAX_SLOTS);
        }
        return number.intValue();
    }
}
