package io.trackline.influencer.domain;

import java.util.Optional;

/** Access keys, found by the hash of the key a partner sends. */
public interface AccessKeys {

    Optional<AccessKey> findByHash(String keyHash);

    void add(AccessKey key);
}
