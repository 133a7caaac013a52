package io.trackline.platform.application;

/**
 * The demo rows of one context. Implementations are {@code @Stateless} beans, so each seed commits on its
 * own, and idempotent: a seed that finds its rows already there adds nothing. {@link DemoData} runs each
 * one once per database, under its {@link #name()}.
 */
public interface DemoSeed {

    /** Stable across releases: the database remembers which seeds have run by it. */
    String name();

    void seed();
}
