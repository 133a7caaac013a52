package io.trackline.mmp.api;

/** A recorded click: its id, and where to send the visitor ({@code null} without a tracking link). */
public record ClickReceipt(String id, String redirectTo) {
}
