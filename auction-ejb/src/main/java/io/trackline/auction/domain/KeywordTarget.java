package io.trackline.auction.domain;

import java.math.BigDecimal;
import java.util.List;

/** A keyword of an ad group, normalised and split, with its own bid ({@code null}: the group's default). */
public record KeywordTarget(long adGroupId, List<String> tokens, MatchType matchType, BigDecimal bid) {
}
