/**
 * Influencer tracking: a partner's postback per conversion, counted (or refused by anti-cheat) per
 * widget, and fed live to the streamer's overlay. Influencers, campaigns and event types need no
 * registration: the first postback that names one creates it.
 */
package io.trackline.influencer;
