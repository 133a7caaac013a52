package io.trackline.mmp.domain;

import io.trackline.mmp.api.Attribution;

/** A stored app user: its row id and the attribution it got at first sight, which never changes. */
public record KnownUser(long id, Attribution attribution) {
}
