package io.trackline.mmp.domain;

import io.trackline.mmp.api.S2SEventCommand;
import io.trackline.mmp.domain.EventDefinition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An event ready to be written. Its user is either {@code known}, or new, with the {@code clues} to
 * attribute it by (a concurrent first event may still win). {@code repeatable} is {@code null} for an
 * attribution-only call, which writes no event. {@code revenue} is in the app's currency, {@code null}
 * without an amount or a rate.
 */
public record PendingEvent(S2SEventCommand command, Boolean repeatable, KnownUser known, AttributionClues clues,
                           String publicId, Instant receivedAt, LocalDate day, BigDecimal revenue) {

    public boolean recordsEvent() {
        return repeatable != null;
    }

    public boolean countsOncePerUser() {
        return Boolean.FALSE.equals(repeatable);
    }

    public boolean opensSession() {
        return EventDefinition.SESSION.equals(command.eventId());
    }

    public long appId() {
        return command.app().id();
    }

    public String userId() {
        return command.userId();
    }
}
