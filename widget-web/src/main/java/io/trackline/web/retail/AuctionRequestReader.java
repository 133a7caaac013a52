package io.trackline.web.retail;

import io.trackline.auction.api.AuctionQuery;
import io.trackline.auction.api.AuctionType;
import io.trackline.platform.api.InvalidFieldException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * Reads an auction request body as the seed defines it: {@code platform_type} (WEB_DESKTOP, WEB_MOBILE or
 * APP_MOBILE), {@code uid}, and {@code search_term}, {@code category} (a string or an integer) or
 * {@code page} depending on the auction; optional {@code slots} (1 to 20). Any other field is refused.
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

    static AuctionRequest read(JsonObject json, AuctionType type) {
        SignedJson.only(json, "", Set.of("platform_type", "uid", queryField(type), "slots"));
        String platformType = SignedJson.text(json, "platform_type", 16);
        if (!PLATFORM_TYPES.contains(platformType)) {
            throw new InvalidFieldException("platform_type", "must be one of WEB_DESKTOP, WEB_MOBILE, APP_MOBILE");
        }
        String uid = SignedJson.text(json, "uid", MAX_UID);
        String searchTerm = null;
        String category = null;
        String page = null;
        switch (type) {
            case SP_KEYWORD, DISPLAY_KEYWORD -> searchTerm = SignedJson.text(json, queryField(type), MAX_TEXT);
            case SP_CATEGORY, DISPLAY_CATEGORY -> category = category(json);
            case DISPLAY_PAGE -> page = SignedJson.text(json, queryField(type), MAX_TEXT);
        }
        return new AuctionRequest(new AuctionQuery(type, searchTerm, category, page, slots(json, type)),
                platformType, uid);
    }

    /** The member that says what is auctioned: a search, a category or a page. */
    private static String queryField(AuctionType type) {
        return switch (type) {
            case SP_KEYWORD, DISPLAY_KEYWORD -> "search_term";
            case SP_CATEGORY, DISPLAY_CATEGORY -> "category";
            case DISPLAY_PAGE -> "page";
        };
    }

    private static String category(JsonObject json) {
        JsonValue value = json.get("category");
        if (value instanceof JsonNumber) {
            return Long.toString(SignedJson.whole(value, "category", 0, Long.MAX_VALUE));
        }
        return SignedJson.text(json, "category", MAX_TEXT);
    }

    private static int slots(JsonObject json, AuctionType type) {
        Long slots = SignedJson.optionalWhole(json.get("slots"), "slots", 1, AuctionType.MAX_SLOTS);
        return slots == null ? type.defaultSlots() : slots.intValue();
    }
}
