package io.trackline.influencer.infrastructure;

import io.trackline.influencer.domain.AntiCheatVisits;
import io.trackline.platform.infrastructure.JdbcUpdate;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import javax.sql.DataSource;

/** The anti-cheat visit log (written by {@link JdbcPostbackBatch}): its housekeeping, in the caller's transaction. */
@ApplicationScoped
public class JdbcAntiCheatVisits implements AntiCheatVisits {

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Override
    public int forgetBefore(LocalDate firstKept) {
        return JdbcUpdate.run(dataSource, "DELETE FROM anti_cheat_visit WHERE visit_day < ?", Date.valueOf(firstKept));
    }
}
