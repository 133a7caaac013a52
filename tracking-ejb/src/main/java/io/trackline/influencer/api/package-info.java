/**
 * What the web modules see of influencer tracking: commands, receipts, widget keys, live events, reports;
 * and the services they call, as interfaces that {@code io.trackline.influencer.application} implements
 * (postbacks, access keys, widgets and their live subscriptions, the dashboard's console).
 */
package io.trackline.influencer.api;
