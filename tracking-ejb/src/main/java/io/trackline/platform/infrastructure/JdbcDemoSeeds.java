package io.trackline.platform.infrastructure;

import io.trackline.platform.domain.DemoSeedRuns;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/** Which demo seeds have run on this database ({@code demo_seed}). */
@ApplicationScoped
public class JdbcDemoSeeds implements DemoSeedRuns {

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Override
    public boolean ran(String seed) {
        return JdbcQuery.one(dataSource, "SELECT 1 FROM demo_seed WHERE seed = ?", row -> true, seed).isPresent();
    }

    @Override
    public void record(String seed, Instant at) {
        JdbcUpdate.run(dataSource, "INSERT IGNORE INTO demo_seed (seed, seeded_at) VALUES (?, ?)", seed,
                Timestamp.from(at));
    }
}
