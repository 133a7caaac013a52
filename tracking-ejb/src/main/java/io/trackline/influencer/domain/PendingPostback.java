package io.trackline.influencer.domain;

import io.trackline.influencer.api.PostbackCommand;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A postback ready to be written: its references resolved and, when anti-cheat applies, its visitor
 * hashed with the key of {@code day}.
 */
public record PendingPostback(PostbackCommand command, PostbackTarget target, String publicId, Instant receivedAt,
                              LocalDate day, String visitorHash) {

    public boolean antiCheatApplies() {
        return visitorHash != null;
    }
}
