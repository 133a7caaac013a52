/** MicroProfile Health checks served by Liberty at {@code /health}. */
package io.trackline.web.health;
