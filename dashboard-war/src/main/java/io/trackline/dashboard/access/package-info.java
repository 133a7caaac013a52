/** Who and what may use Trackline: keys and tokens, API clients, the dashboard's users. */
package io.trackline.dashboard.access;
