package io.trackline.platform.domain;

import java.time.Instant;

/** Which demo seeds have run on this database. */
public interface DemoSeedRuns {

    boolean ran(String seed);

    void record(String seed, Instant at);
}
