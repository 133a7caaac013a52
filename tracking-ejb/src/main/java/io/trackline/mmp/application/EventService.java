package io.trackline.mmp.application;

import io.trackline.mmp.api.EventOutcome;
import io.trackline.mmp.api.EventReceipt;
import io.trackline.mmp.api.S2SEventCommand;
import io.trackline.mmp.domain.EventBatches.UserKey;
import io.trackline.mmp.domain.EventBatches;
import io.trackline.mmp.domain.KnownUser;
import io.trackline.mmp.domain.PendingEvent;
import io.trackline.mmp.domain.StoredEvents;
import io.trackline.platform.api.IdempotencyConflictException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * Writes S2S events, a batch per transaction: new users, attributed, then each event, counted
 * unless it repeats a non-repeatable event of its user, then the session days. Receipts exist only for
 * what was committed.
 */
@Stateless
public class EventService {

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Inject
    private EventBatches sql;

    @Inject
    private StoredEvents reads;

    @Inject
    private Attributor attributor;

    /** Writes the batch in this transaction; results in the batch's order. */
    public List<WrittenEvent> write(List<PendingEvent> batch) {
        KnownUser[] users = new KnownUser[batch.size()];
        boolean[] duplicate = new boolean[batch.size()];
        try (Connection connection = dataSource.getConnection()) {
            List<PendingEvent> fresh = batch.stream().filter(event -> event.known() == null).toList();
            Map<UserKey, KnownUser> stored = sql.storeNewUsers(connection, fresh,
                    attributor.attribute(connection, fresh));
            for (int i = 0; i < batch.size(); i++) {
                PendingEvent event = batch.get(i);
                users[i] = event.known() != null ? event.known()
                        : stored.get(new UserKey(event.appId(), event.userId()));
                if (users[i] == null) {
                    throw new IllegalStateException("The user of an event was neither known nor stored");
                }
            }
            int[] once = positions(batch, PendingEvent::countsOncePerUser);
            boolean[] repeated = sql.markDoneOnce(connection, select(batch, once), userIds(users, once));
            for (int i = 0; i < once.length; i++) {
                duplicate[once[i]] = repeated[i];
            }
            int[] recorded = positions(batch, PendingEvent::recordsEvent);
            sql.insertEvents(connection, select(batch, recorded), userIds(users, recorded),
                    select(duplicate, recorded));
            int[] sessions = positions(batch, PendingEvent::opensSession);
            sql.recordSessionDays(connection, select(batch, sessions), userIds(users, sessions));
        } catch (SQLException e) {
            throw new IllegalStateException("The S2S events could not be written", e);
        }
        List<WrittenEvent> written = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            PendingEvent event = batch.get(i);
            EventReceipt receipt = new EventReceipt(event.publicId(), event.userId(), event.command().eventId(),
                    duplicate[i], users[i].attribution());
            written.add(new WrittenEvent(receipt, users[i]));
        }
        return written;
    }

    /** The stored answer to an earlier request under the command's idempotency key, if there was one. */
    public Optional<EventOutcome> previousOutcome(S2SEventCommand command) {
        if (command.idempotencyKey() == null) {
            return Optional.empty();
        }
        return reads.eventUnderKey(command.app().id(), command.idempotencyKey()).map(stored -> {
            if (!stored.requestHash().equals(command.requestHash())) {
                throw new IdempotencyConflictException(command.idempotencyKey());
            }
            return new EventOutcome(stored.receipt(), true);
        });
    }

    private static int[] positions(List<PendingEvent> batch, Predicate<PendingEvent> test) {
        return IntStream.range(0, batch.size()).filter(i -> test.test(batch.get(i))).toArray();
    }

    private static List<PendingEvent> select(List<PendingEvent> batch, int[] positions) {
        return Arrays.stream(positions).mapToObj(batch::get).toList();
    }

    private static long[] userIds(KnownUser[] users, int[] positions) {
        return Arrays.stream(positions).mapToLong(i -> users[i].id()).toArray();
    }

    private static boolean[] select(boolean[] flags, int[] positions) {
        boolean[] selected = new boolean[positions.length];
        for (int i = 0; i < positions.length; i++) {
            selected[i] = flags[positions[i]];
        }
        return selected;
    }
}
