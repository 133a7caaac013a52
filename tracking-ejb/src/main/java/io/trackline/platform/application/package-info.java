/**
 * Platform services, each a transaction boundary, and the demo-data mechanism: when {@code trackline.demo}
 * is on, every {@link io.trackline.platform.application.DemoSeed} of every context runs once at start-up.
 */
package io.trackline.platform.application;
