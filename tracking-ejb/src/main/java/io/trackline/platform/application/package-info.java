/**
 * Platform services, each a transaction boundary; the demo-data mechanism (when {@code trackline.demo} is
 * on, every {@link io.trackline.platform.application.DemoSeed} of every context runs once at start-up); and
 * the group commit and idempotent-retry helpers the ingestion paths share.
 */
package io.trackline.platform.application;
