package io.trackline.mmp.application;

import io.trackline.mmp.api.EventReceipt;
import io.trackline.mmp.domain.KnownUser;

/** A committed event: the caller's receipt, and the stored user for the cache of known users. */
public record WrittenEvent(EventReceipt receipt, KnownUser user) {
}
