package io.trackline.platform.domain;

import java.util.Optional;

/** The management API's clients. */
public interface ApiClientRepository {

    Optional<ApiClient> findByClientId(String clientId);

    void add(ApiClient client);
}
