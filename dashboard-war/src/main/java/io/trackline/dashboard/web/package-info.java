/**
 * The overview page, and what every page shares: choices, charts, date ranges and formats, messages, the
 * demo-mode notice, and the CSV exporter that every table's export uses. It keeps no state of its own.
 */
package io.trackline.dashboard.web;
