package io.trackline.retail.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A product of a retailer's catalog as the dashboard lists it; {@code stock} null: no stock data sent. */
public record ProductView(String productId, String name, String brand, String category, BigDecimal price,
                          Integer stock, Instant updatedAt) {
}
