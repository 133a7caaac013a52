package io.trackline.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A person who signs in to the dashboard, as its role, within its tenant (an admin within all). Only a
 * password hash is stored, never the password.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.FIND_BY_USERNAME,
        query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.FIND_ALL, query = "SELECT u FROM UserAccount u ORDER BY u.username")
@NamedQuery(name = UserAccount.COUNT_BY_ROLE, query = "SELECT COUNT(u) FROM UserAccount u WHERE u.role = :role")
public class UserAccount {

    public static final String FIND_BY_USERNAME = "UserAccount.findByUsername";
    public static final String FIND_ALL = "UserAccount.findAll";
    public static final String COUNT_BY_ROLE = "UserAccount.countByRole";

    static final int MAX_USERNAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = MAX_USERNAME_LENGTH)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(length = 64)
    private String tenant;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    /** @param tenant {@code null} for an admin, required for every other role */
    public UserAccount(String username, String passwordHash, Role role, String tenant, Instant createdAt) {
        if (username == null || username.isBlank() || username.length() > MAX_USERNAME_LENGTH) {
            throw new IllegalArgumentException("A username has 1 to " + MAX_USERNAME_LENGTH + " characters.");
        }
        if ((Objects.requireNonNull(role, "role") == Role.ADMIN) != (tenant == null)) {
            throw new IllegalArgumentException("An admin has no tenant; every other user has one.");
        }
        this.username = username;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = role;
        this.tenant = tenant;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new password's hash; the version goes up with it, as with every change of the account. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public String tenant() {
        return tenant;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
