/**
 * The container-level error page shared by both web modules, so that even an error raised outside
 * JAX-RS (an unknown dashboard page, a failing filter) answers {@code application/problem+json}.
 */
package io.trackline.platform.web;
