package io.trackline.platform.api;

import java.util.Optional;

/**
 * The management API's clients as the token endpoint sees them: a client id and secret in, the caller
 * they stand for out.
 */
public interface ApiClients {

    /** The caller, if the id names an active client and the secret is its own; an overlong one is refused. */
    Optional<ApiCaller> authenticate(String clientId, String secret);
}
