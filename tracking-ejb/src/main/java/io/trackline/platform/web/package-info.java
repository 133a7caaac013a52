/**
 * What both web modules share about HTTP: the container-level error page, so that even an error raised
 * outside JAX-RS (an unknown dashboard page, a failing filter) answers {@code application/problem+json};
 * where a request comes from ({@link io.trackline.platform.web.ClientAddresses}), which trusts
 * {@code X-Forwarded-For} only from the proxies an operator names; HSTS on HTTPS responses; and how a cell
 * of a CSV export is written ({@link io.trackline.platform.web.CsvCell}). It keeps no state.
 */
package io.trackline.platform.web;
