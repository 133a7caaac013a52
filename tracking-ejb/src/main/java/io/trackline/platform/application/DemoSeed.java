package io.trackline.platform.application;

/**
 * The demo rows of one context. Implementations are {@code @Stateless} beans, so each seed commits on its
 * own, and idempotent: a seed that finds its rows already there adds nothing.
 */
public interface DemoSeed {

    void seed();
}
