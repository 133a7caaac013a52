package io.trackline.platform.infrastructure;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.IssuedSecret;
import io.trackline.platform.api.SecretView;
import io.trackline.platform.api.UnknownResourceException;
import io.trackline.platform.domain.HashedSecret;
import io.trackline.platform.domain.OwnedSecrets;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An owner's secrets, entities of one {@link HashedSecret} type: listed without secrets, issued (the secret
 * in the answer only, its {@link SecretHashing} hash stored), revoked, rotated (a new one under the old one's
 * label, the old one revoked). Every look-up names the owner, in the caller's transaction.
 *
 * @param <T> the entity, whose {@code owner} attribute (named by {@code ownerPath}) is its owner
 */
public final class JpaOwnedSecrets<T extends HashedSecret> implements OwnedSecrets {

    static final int SECRET_BYTES = 32;
    static final int MAX_LABEL = 100;
    /** The active ones first, the newest first. */
    private static final Comparator<HashedSecret> LISTED = Comparator.comparing(HashedSecret::active).reversed()
            .thenComparing(HashedSecret::createdAt, Comparator.reverseOrder());

    /** Makes a new secret of the owner. */
    @FunctionalInterface
    public interface Issuer<T> {
        T secret(long ownerId, String keyHash, String label, Instant createdAt);
    }

    private final EntityManager entityManager;
    private final SecretHashing hashing;
    private final Class<T> type;
    private final String ownerPath;
    private final Issuer<T> issuer;
    private final String what;

    /**
     * @param ownerPath the owner's id in JPQL, e.g. {@code customer.id}
     * @param what how a person calls one, e.g. "access key"
     */
    public JpaOwnedSecrets(EntityManager entityManager, SecretHashing hashing, Class<T> type, String ownerPath,
                           Issuer<T> issuer, String what) {
        this.entityManager = entityManager;
        this.hashing = hashing;
        this.type = type;
        this.ownerPath = ownerPath;
        this.issuer = issuer;
        this.what = what;
    }

    @Override
    public List<SecretView> list(long ownerId) {
        return owned(ownerId).stream().sorted(LISTED).map(secret -> new SecretView(secret.id(), secret.label(),
                secret.createdAt(), secret.revokedAt())).toList();
    }

    @Override
    public IssuedSecret issue(long ownerId, String label) {
        if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL) {
            throw new InvalidFieldException("label", "Give the " + what + " a label of at most 100 characters.");
        }
        String secret = Secrets.random(SECRET_BYTES);
        T issued = issuer.secret(ownerId, hashing.hash(secret), label.strip(), Instant.now());
        entityManager.persist(issued);
        entityManager.flush();
        return new IssuedSecret(Long.toString(issued.id()), secret);
    }

    @Override
    public void revoke(long ownerId, long id) {
        active(ownerId, id, "revoke").revoke(Instant.now());
    }

    /** In the caller's transaction: both happen, or neither. */
    @Override
    public IssuedSecret rotate(long ownerId, long id) {
        T old = active(ownerId, id, "rotate");
        IssuedSecret issued = issue(ownerId, old.label());
        old.revoke(Instant.now());
        return issued;
    }

    private T active(long ownerId, long id, String verb) {
        return owned(ownerId).stream().filter(secret -> secret.id() == id && secret.active()).findFirst()
                .orElseThrow(() -> new UnknownResourceException("No active " + what + " " + id + " is there to "
                        + verb + "."));
    }

    private List<T> owned(long ownerId) {
        return entityManager.createQuery("SELECT s FROM " + type.getSimpleName() + " s WHERE s." + ownerPath
                + " = :owner", type).setParameter("owner", ownerId).getResultList();
    }
}
