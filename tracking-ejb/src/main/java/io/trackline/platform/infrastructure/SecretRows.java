package io.trackline.platform.infrastructure;

import io.trackline.platform.domain.OwnedSecrets;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.IssuedSecret;
import io.trackline.platform.api.SecretView;
import io.trackline.platform.api.UnknownResourceException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * An owner's secrets in a table of hashed secrets ({@code id, <owner>, key_hash, label, created_at,
 * revoked_at}): listed without secrets, issued (the secret in the answer only, its {@link SecretHashing}
 * hash stored), revoked, rotated (a new one under the old one's label, the old one revoked). Every
 * statement names the owner.
 */
public final class SecretRows implements OwnedSecrets {

    static final int SECRET_BYTES = 32;
    static final int MAX_LABEL = 100;

    private final DataSource dataSource;
    private final SecretHashing hashing;
    private final String table;
    private final String owner;
    private final String what;

    /** @param what how a person calls one, e.g. "access key" */
    public SecretRows(DataSource dataSource, SecretHashing hashing, String table, String ownerColumn, String what) {
        this.dataSource = dataSource;
        this.hashing = hashing;
        this.table = table;
        this.owner = ownerColumn;
        this.what = what;
    }

    /** The active ones first, the newest first. */
    @Override
    public List<SecretView> list(long ownerId) {
        return JdbcQuery.list(dataSource, "SELECT id, label, created_at, revoked_at FROM " + table + " WHERE " + owner
                + " = ? ORDER BY revoked_at IS NOT NULL, created_at DESC", row -> new SecretView(row.getLong(1),
                row.getString(2), row.getTimestamp(3).toInstant(),
                row.getTimestamp(4) == null ? null : row.getTimestamp(4).toInstant()), ownerId);
    }

    @Override
    public IssuedSecret issue(long ownerId, String label) {
        if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL) {
            throw new InvalidFieldException("label", "Give the " + what + " a label of at most 100 characters.");
        }
        String secret = Secrets.random(SECRET_BYTES);
        long id = JdbcUpdate.insert(dataSource, "INSERT INTO " + table + " (" + owner + ", key_hash, label, created_at)"
                + " VALUES (?, ?, ?, ?)", ownerId, hashing.hash(secret), label.strip(), Timestamp.from(Instant.now()));
        return new IssuedSecret(Long.toString(id), secret);
    }

    @Override
    public void revoke(long ownerId, long id) {
        if (JdbcUpdate.run(dataSource, "UPDATE " + table + " SET revoked_at = ? WHERE " + owner + " = ? AND id = ?"
                + " AND revoked_at IS NULL", Timestamp.from(Instant.now()), ownerId, id) != 1) {
            throw new UnknownResourceException("No active " + what + " " + id + " is there to revoke.");
        }
    }

    /** In the caller's transaction: both happen, or neither. */
    @Override
    public IssuedSecret rotate(long ownerId, long id) {
        SecretView old = list(ownerId).stream().filter(secret -> secret.id() == id && secret.active()).findFirst()
                .orElseThrow(() -> new UnknownResourceException("No active " + what + " " + id + " is there to rotate."));
        IssuedSecret issued = issue(ownerId, old.label());
        revoke(ownerId, id);
        return issued;
    }
}
