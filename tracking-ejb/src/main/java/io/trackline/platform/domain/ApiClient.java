package io.trackline.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A program that calls the management API: it signs in with its client id and secret and then works as
 * its role, across all tenants (admin) or within its own tenant.
 */
@Entity
@Table(name = "api_client")
@NamedQuery(name = ApiClient.FIND_BY_CLIENT_ID, query = "SELECT c FROM ApiClient c WHERE c.clientId = :clientId")
public class ApiClient extends HashedSecret {

    public static final String FIND_BY_CLIENT_ID = "ApiClient.findByClientId";
    public static final int MAX_CLIENT_ID_LENGTH = 64;

    @Column(name = "client_id", nullable = false, unique = true, length = MAX_CLIENT_ID_LENGTH)
    private String clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(length = 64)
    private String tenant;

    protected ApiClient() {
        // for JPA
    }

    /** @param tenant {@code null} for an admin, required for every other role */
    public ApiClient(String clientId, String secretHash, String label, Role role, String tenant, Instant createdAt) {
        super(secretHash, label, createdAt);
        if ((role == Role.ADMIN) != (tenant == null)) {
            throw new IllegalArgumentException("An admin client has no tenant; every other client has one.");
        }
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.role = role;
        this.tenant = tenant;
    }

    public String clientId() {
        return clientId;
    }

    public Role role() {
        return role;
    }

    public String tenant() {
        return tenant;
    }
}
