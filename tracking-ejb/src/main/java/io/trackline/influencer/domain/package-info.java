/** Customers (brands), access keys, widget products, event types, influencers, campaigns and postbacks. */
package io.trackline.influencer.domain;
