package io.trackline.platform.api;

/** Asks the database whether it answers, and how far its schema is migrated. */
public interface DatabaseCheck {

    DatabaseStatus check();
}
