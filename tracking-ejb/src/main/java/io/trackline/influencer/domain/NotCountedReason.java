package io.trackline.influencer.domain;

/** Why a stored postback does not count; its wire form is the lower-case name. */
public enum NotCountedReason {
    /** The same visitor did the same event for the same influencer and product earlier this UTC day. */
    ANTI_CHEAT;

    public String wireName() {
        return name().toLowerCase();
    }
}
