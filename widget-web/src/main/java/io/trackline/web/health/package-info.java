/**
 * What an operator watches: MicroProfile Health checks (served by Liberty at {@code /health}), the no-op
 * {@code /api/ping}, and the HTTP API's answer counters ({@link io.trackline.web.health.ApiMeters}, served
 * with the other meters at {@code /metrics}). The counters live in each node's memory and start from zero
 * after a restart.
 */
package io.trackline.web.health;
