package io.trackline.platform.api;

import java.time.Instant;

/** A dashboard user as the users page lists it; never its password hash. */
public record UserView(String username, String role, String tenant, Instant createdAt) {
}
