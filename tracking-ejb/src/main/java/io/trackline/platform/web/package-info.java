/**
 * What both web modules share about HTTP: the container-level error page, so that even an error raised
 * outside JAX-RS (an unknown dashboard page, a failing filter) answers {@code application/problem+json};
 * and where a request comes from ({@link io.trackline.platform.web.ClientAddresses}), which trusts
 * {@code X-Forwarded-For} only from the proxies an operator names. It keeps no state.
 */
package io.trackline.platform.web;
