/**
 * The public face of Trackline at context root {@code /}: the JAX-RS application of every partner API
 * and the management API, the live widget stream and the overlay. Wire JSON is snake_case.
 */
package io.trackline.web;
