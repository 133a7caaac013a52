/**
 * Customers (brands), access keys, widget products, event types, influencers, campaigns and postbacks; and
 * a postback as the service hands it to storage ({@code PendingPostback}, {@code PostbackTarget},
 * {@code ProductRef}), so that storage needs nothing of the application layer.
 */
package io.trackline.influencer.domain;
