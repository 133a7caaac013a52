package io.trackline.influencer.domain;

/** Where a postback lands: its product, influencer and campaign ({@code null}: none), resolved to ids. */
public record PostbackTarget(ProductRef product, long influencerId, Long campaignId) {
}
