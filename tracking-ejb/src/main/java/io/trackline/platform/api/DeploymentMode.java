package io.trackline.platform.api;

import java.util.Optional;

/**
 * Demo or production. Demo mode is the embedded database, or {@code TRACKLINE_DEMO=true}; everything
 * else, {@code TRACKLINE_DEMO=false} on the embedded database included, is production. Only in demo mode
 * do the demo rows get seeded and does anything committed to the repository (keys, users, passwords)
 * grant access. The start-up check ({@code DeploymentCheck}) decides it once, at start-up, before anything else runs.
 */
public enum DeploymentMode {
    DEMO, PRODUCTION;

    /** Until decided, nothing counts as demo. */
    private static volatile DeploymentMode current = PRODUCTION;

    public static DeploymentMode of(Optional<Boolean> configured, boolean embeddedDatabase) {
        return configured.orElse(embeddedDatabase) ? DEMO : PRODUCTION;
    }

    /** Whether this node runs in demo mode (false until start-up has decided). */
    public static boolean demo() {
        return current == DEMO;
    }

    /** Called once, by the start-up check, and by nothing else. */
    public static void decide(DeploymentMode mode) {
        current = mode;
    }
}
