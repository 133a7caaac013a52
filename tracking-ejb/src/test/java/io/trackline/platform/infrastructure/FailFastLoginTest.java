package io.trackline.platform.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class FailFastLoginTest {

    @Test
    void aFailedReadIsNeitherRetriedNorWaitedFor() {
        DatabaseSession session = new Project(new DatabaseLogin()).createDatabaseSession();
        DatabaseLogin login = (DatabaseLogin) session.getDatasourceLogin();
        assertEquals(5_000, login.getDelayBetweenConnectionAttempts(), "EclipseLink's default, which this undoes");

        new FailFastLogin().customize(session);

        assertEquals(0, login.getQueryRetryAttemptCount());
        assertEquals(0, login.getDelayBetweenConnectionAttempts());
    }
}
