package io.trackline.influencer.domain;

import io.trackline.platform.domain.OwnedSecrets;
import java.util.Optional;

/** Access keys, found by the hash of the key a partner sends. */
public interface AccessKeys {

    Optional<AccessKey> findByHash(String keyHash);

    void add(AccessKey key);

    /** The customers' keys as the dashboard lists, issues, revokes and rotates them. */
    OwnedSecrets managed();
}
