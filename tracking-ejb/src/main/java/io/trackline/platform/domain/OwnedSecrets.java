package io.trackline.platform.domain;

import io.trackline.platform.api.IssuedSecret;
import io.trackline.platform.api.SecretView;
import java.util.List;

/** An owner's secrets (access keys, S2S tokens): listed without the secrets, issued, revoked, rotated. */
public interface OwnedSecrets {

    /** The active ones first, the newest first. */
    List<SecretView> list(long ownerId);

    IssuedSecret issue(long ownerId, String label);

    void revoke(long ownerId, long id);

    /** In the caller's transaction: both happen, or neither. */
    IssuedSecret rotate(long ownerId, long id);
}
