/**
 * Customers (brands), access keys, widget products, event types, influencers, campaigns and postbacks; and
 * a postback as the service hands it to storage ({@code PendingPostback}, {@code PostbackTarget},
 * {@code ProductRef}), so that storage needs nothing of the application layer.
 *
 * <p>The ports storage implements: {@code AccessKeys}, {@code Products}, {@code Postbacks},
 * {@code PostbackBatches}, {@code InfluencerStats}, {@code WidgetTotals}, {@code AntiCheatVisits},
 * {@code Brands}, {@code ReferenceRows}. The records they hand back are nested in them.
 *
 * <p>One writer per table. JPA: {@code customer}, {@code widget_product} (a widget's settings change
 * through {@code Product.configure}, so {@code @Version} counts the change), {@code access_key} (issued,
 * revoked and rotated as entities: {@code AccessKeys.managed}). JDBC: influencers, campaigns and
 * {@code event_type} (created at first sight with {@code INSERT IGNORE}, so that two nodes agree on a
 * newcomer's id; there is no event-type entity), {@code postback} (the
 * group-commit batch insert is the write path, so the idempotency and replay reads are JDBC too and there is
 * no postback entity), the widget totals, daily stats and anti-cheat visits. The dashboard's lists read
 * JPA's tables with JDBC ({@code JdbcBrands}); reads do not make a second owner.
 */
package io.trackline.influencer.domain;
