package io.trackline.auction.api;

import java.math.BigDecimal;

/** A line of an add-to-cart or a purchase: a product, how many, and the unit price paid. */
public record ConversionLine(String productId, int quantity, BigDecimal price) {

    public BigDecimal value() {
        return price.multiply(BigDecimal.valueOf(quantity));
    }
}
