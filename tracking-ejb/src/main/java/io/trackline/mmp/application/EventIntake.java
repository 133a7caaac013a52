package io.trackline.mmp.application;

import io.trackline.mmp.api.AppRef;
import io.trackline.mmp.api.EventOutcome;
import io.trackline.mmp.api.EventRecorder;
import io.trackline.mmp.api.S2SEventCommand;
import io.trackline.mmp.domain.AttributionClues;
import io.trackline.mmp.domain.KnownUser;
import io.trackline.mmp.domain.PendingEvent;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.application.EarlierOutcome;
import io.trackline.platform.application.RequestDeadline;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The way in for an S2S event. The event must be declared by the app; an unseen user's attribution clues
 * are gathered (see {@link Attributor}); revenue is converted to the app's currency. Then the event is
 * queued for the {@link EventBatcher}, and the answer comes once it is committed.
 */
@ApplicationScoped
public class EventIntake implements EventRecorder {

    @Inject
    private RequestDeadline deadline;

    @Inject
    private DeclaredEvents declaredEvents;

    @Inject
    private AppUserDirectory users;

    @Inject
    private Attributor attributor;

    @Inject
    private CurrencyConverter converter;

    @Inject
    private EventBatcher batcher;

    @EJB
    private EventService events;

    /** Records it within the ingestion deadline ({@link RequestDeadline}): committed, or 503 by then. */
    public CompletionStage<EventOutcome> record(S2SEventCommand command) {
        return deadline.run("S2S event", () -> recordNow(command));
    }

    private CompletionStage<EventOutcome> recordNow(S2SEventCommand command) {
        Optional<EventOutcome> replay = previousOutcome(command);
        if (replay.isPresent()) {
            return CompletableFuture.completedFuture(replay.get());
        }
        AppRef app = command.app();
        Boolean repeatable = command.eventId() == null ? null : declaredEvents.repeatable(app, command.eventId())
                .orElseThrow(() -> new InvalidFieldException("event_id",
                        "The app declares no event '" + command.eventId() + "'."));
        Instant now = Instant.now();
        KnownUser known = users.known(app.id(), command.userId()).orElse(null);
        AttributionClues clues = known == null ? attributor.clues(command) : null;
        PendingEvent pending = new PendingEvent(command, repeatable, known, clues,
                repeatable == null ? null : UUID.randomUUID().toString(), now,
                LocalDate.ofInstant(now, ZoneOffset.UTC), revenue(command));
        return EarlierOutcome.orEarlier(batcher.submit(pending).thenApply(written -> {
            users.remember(app.id(), command.userId(), written.user());
            return new EventOutcome(written.receipt(), false);
        }), () -> previousOutcome(command));
    }

    private BigDecimal revenue(S2SEventCommand command) {
        if (command.amount() == null) {
            return null;
        }
        return converter.convert(command.amount(), command.currency(), command.app().currency()).orElse(null);
    }

    /** Only an event with an idempotency key can have one; the others skip the look-up. */
    private Optional<EventOutcome> previousOutcome(S2SEventCommand command) {
        return command.idempotencyKey() == null ? Optional.empty() : events.previousOutcome(command);
    }
}
