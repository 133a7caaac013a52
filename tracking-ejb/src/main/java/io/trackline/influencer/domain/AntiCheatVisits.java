package io.trackline.influencer.domain;

import java.time.LocalDate;

/** Today's visitors per widget and event type, as anti-cheat records them: their housekeeping. */
public interface AntiCheatVisits {

    /** Forgets the visits of days before {@code firstKept}: their hashes can no longer be matched anyway. */
    int forgetBefore(LocalDate firstKept);
}
