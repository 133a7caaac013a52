package io.trackline.mmp.api;

/** An event an app declares: partners send its mapping id as event_id. */
public record DeclaredEventView(String mappingId, String name, boolean repeatable) {
}
