package io.trackline.auction.domain;

import java.math.BigDecimal;
import java.util.List;

/** A winning ad group: its rank (1 is the top slot), what it shows, and what a click on it costs. */
public record Winner(int rank, AdGroup adGroup, List<String> productIds, Creative creative, BigDecimal price) {
}
