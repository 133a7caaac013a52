package io.trackline.auction.domain;

import java.math.BigDecimal;

/** An ad group's bid on a category page ({@code null}: its default bid); it covers the sub-categories. */
public record CategoryTarget(long adGroupId, BigDecimal bid) {
}
