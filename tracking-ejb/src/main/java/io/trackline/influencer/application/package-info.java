/** Postback recording (the transaction boundary), access-key checks, reference-data caches, widget reads and the live feed. */
package io.trackline.influencer.application;
