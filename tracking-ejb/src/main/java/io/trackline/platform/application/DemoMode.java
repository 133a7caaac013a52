package io.trackline.platform.application;

import io.trackline.platform.api.DatabaseStatus;
import java.util.Optional;

/**
 * Whether demo data is loaded: as {@code trackline.demo} says when it is set, otherwise on with the
 * embedded database (a local evaluation) and off with MariaDB (a real deployment).
 */
final class DemoMode {

    private DemoMode() {
    }

    static boolean enabled(Optional<Boolean> configured, DatabaseStatus database) {
        return configured.orElseGet(database::embedded);
    }
}
