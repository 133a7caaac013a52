package io.trackline.auction.api;

import java.util.List;

/**
 * The answer to an add-to-cart or a purchase: its key ({@code order_id}, or the add-to-cart's
 * {@code event_id}), its lines as attributed, and whether it was received before ({@code duplicate}: then
 * this is the first answer again and nothing was counted twice).
 */
public record ConversionReceipt(String eventKey, boolean duplicate, List<AttributedLine> lines) {
}
