package io.trackline.auction.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A campaign's spend on a UTC day and in total. */
public record CampaignSpent(LocalDate day, BigDecimal today, BigDecimal total) {
}
