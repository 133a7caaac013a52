package io.trackline.influencer.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The answer to a postback: its id, whether it counted and, if not, why. */
@JsonbPropertyOrder({"id", "counted", "reason"})
public record PostbackReceipt(String id, boolean counted, String reason) {
}
