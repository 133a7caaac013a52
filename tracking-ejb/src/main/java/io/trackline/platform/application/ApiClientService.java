package io.trackline.platform.application;

import io.trackline.platform.api.ApiCaller;
import io.trackline.platform.api.ApiClients;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.IssuedSecret;
import io.trackline.platform.domain.ApiClient;
import io.trackline.platform.domain.ApiClientRepository;
import io.trackline.platform.domain.Role;
import io.trackline.platform.infrastructure.Secrets;
import io.trackline.platform.infrastructure.SecretHashing;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Signs API clients in with their id and secret, and registers new ones (the secret shown once). */
@Stateless
@LocalBean
@Local(ApiClients.class)
public class ApiClientService implements ApiClients {

    static final int MAX_SECRET_LENGTH = 256;

    @Inject
    private ApiClientRepository clients;

    @Inject
    private SecretHashing hashing;

    /** The caller, if the id names an active client and the secret is its own; an overlong one is refused. */
    public Optional<ApiCaller> authenticate(String clientId, String secret) {
        if (clientId == null || secret == null) {
            return Optional.empty();
        }
        if (clientId.length() > ApiClient.MAX_CLIENT_ID_LENGTH) {
            throw new InvalidFieldException("client_id", "must be at most " + ApiClient.MAX_CLIENT_ID_LENGTH
                    + " characters");
        }
        if (secret.length() > MAX_SECRET_LENGTH) {
            throw new InvalidFieldException("client_secret", "must be at most " + MAX_SECRET_LENGTH + " characters");
        }
        String presented = hashing.hash(secret);
        return clients.findByClientId(clientId).filter(ApiClient::active)
                .filter(client -> client.isSecret(presented))
                .map(client -> new ApiCaller(client.clientId(), client.role().name().toLowerCase(Locale.ROOT),
                        client.tenant()));
    }

    /** A new client with a random secret; {@code clientId} {@code null} for a random one too. */
    public IssuedSecret register(String clientId, String label, Role role, String tenant) {
        String id = clientId != null ? clientId : "client-" + Secrets.random(12);
        String secret = Secrets.random(32);
        clients.add(new ApiClient(id, hashing.hash(secret), label, role, tenant, Instant.now()));
        return new IssuedSecret(id, secret);
    }

    /** Adds a client with a secret chosen beforehand (the demo's), unless its id exists. */
    public void registerIfAbsent(String clientId, String secret, String label, Role role, String tenant) {
        if (clients.findByClientId(clientId).isEmpty()) {
            clients.add(new ApiClient(clientId, hashing.hash(secret), label, role, tenant, Instant.now()));
        }
    }
}
