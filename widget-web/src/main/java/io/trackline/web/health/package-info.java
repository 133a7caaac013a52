/** MicroProfile Health checks (served by Liberty at {@code /health}) and the no-op {@code /api/ping}. */
package io.trackline.web.health;
