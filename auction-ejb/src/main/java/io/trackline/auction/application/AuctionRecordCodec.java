package io.trackline.auction.application;

import io.trackline.auction.api.AuctionQuery;
import io.trackline.auction.api.AuctionType;
import io.trackline.auction.domain.AdFormat;
import io.trackline.auction.domain.AdGroup;
import io.trackline.auction.domain.AuctionRecord;
import io.trackline.auction.domain.Winner;
import io.trackline.platform.application.JsonMessages;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An auction's record as Kafka carries it between nodes: what the database row and a click need of it (who
 * asked, what, when, and each winner's rank, ad group, campaign, advertiser, products and price), not the
 * index's whole ad group.
 */
final class AuctionRecordCodec {

    private AuctionRecordCodec() {
    }

    static byte[] encode(AuctionRecord record) {
        AuctionQuery query = record.query();
        JsonArrayBuilder winners = JsonMessages.array();
        for (Winner winner : record.winners()) {
            AdGroup group = winner.adGroup();
            winners.add(JsonMessages.object().add("rank", winner.rank()).add("ad_group", group.id())
                    .add("campaign", group.campaignId()).add("advertiser", group.advertiserId())
                    .add("format", group.format().name()).add("products", JsonMessages.array(winner.productIds()))
                    .add("price", winner.price().toPlainString()));
        }
        JsonObjectBuilder json = JsonMessages.object().add("group", record.auctionGroupId())
                .add("uuid", record.auctionUuid()).add("retailer", record.retailerId())
                .add("type", query.type().name()).add("slots", query.slots())
                .add("ran_at", record.ranAt().toString()).add("impressions_on_serve", record.impressionsOnServe())
                .add("winners", winners);
        JsonMessages.addIfPresent(json, "search", query.searchTerm());
        JsonMessages.addIfPresent(json, "category", query.category());
        JsonMessages.addIfPresent(json, "page", query.page());
        JsonMessages.addIfPresent(json, "platform", record.platformType());
        JsonMessages.addIfPresent(json, "uid", record.uid());
        return JsonMessages.bytes(json);
    }

    static AuctionRecord decode(byte[] value) {
        JsonObject json = JsonMessages.read(value);
        AuctionQuery query = new AuctionQuery(AuctionType.valueOf(json.getString("type")),
                json.getString("search", null), json.getString("category", null), json.getString("page", null),
                json.getInt("slots"));
        List<Winner> winners = new ArrayList<>();
        for (JsonObject winner : json.getJsonArray("winners").getValuesAs(JsonObject.class)) {
            List<String> products = strings(winner.getJsonArray("products"));
            AdGroup group = new AdGroup(winner.getJsonNumber("ad_group").longValue(),
                    winner.getJsonNumber("campaign").longValue(), winner.getJsonNumber("advertiser").longValue(),
                    AdFormat.valueOf(winner.getString("format")), true, null, products, List.of(), List.of(), 0);
            winners.add(new Winner(winner.getInt("rank"), group, products, null,
                    new BigDecimal(winner.getString("price"))));
        }
        return new AuctionRecord(json.getString("group"), json.getString("uuid"),
                json.getJsonNumber("retailer").longValue(), query, json.getString("platform", null),
                json.getString("uid", null), winners, Instant.parse(json.getString("ran_at")),
                json.getBoolean("impressions_on_serve"));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
