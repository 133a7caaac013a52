/**
 * Influencer tracking: a partner's postback per conversion, counted (or refused by anti-cheat) per
 * widget, and fed live to the streamer's overlay. Influencers, campaigns and event types need no
 * registration: the first postback that names one creates it.
 *
 * <p>Where transactions begin: in the application layer only. The {@code @Stateless} services
 * ({@code PostbackService} per group-committed batch, {@code WidgetService}, {@code InfluencerConsole},
 * {@code InfluencerDemoSeed}) are container-managed, {@code REQUIRED}; {@code ReferenceCreation} gives each
 * influencer, campaign or event type seen first a transaction of its own ({@code REQUIRES_NEW}); {@code AntiCheatHousekeeping}'s timer
 * runs in one too. The CDI beans on the way in ({@code AccessKeyService}, {@code ProductCatalog} and their
 * cache loaders, {@code PostbackIntake}) start none: their JPA reads get a persistence context for the call
 * only and return detached entities, which they turn into records at once.
 */
package io.trackline.influencer;
