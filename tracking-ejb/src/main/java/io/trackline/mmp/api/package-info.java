/**
 * What the web modules see of the MMP context: commands, receipts, the authenticated app and reports; and
 * the services they call, as interfaces that {@code io.trackline.mmp.application} implements (events,
 * clicks, tokens, reports, the dashboard's console).
 */
package io.trackline.mmp.api;
