package io.trackline.influencer.application;

import io.trackline.influencer.domain.AntiCheatVisits;
import io.trackline.platform.application.VisitorHashing;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Forgets yesterday's anti-cheat visits shortly after midnight UTC: only today's can match. */
@Singleton
public class AntiCheatHousekeeping {

    @Inject
    private AntiCheatVisits visits;

    @Schedule(hour = "*", minute = "15", persistent = false)
    void forgetPastDays() {
        visits.forgetBefore(VisitorHashing.today());
    }
}
