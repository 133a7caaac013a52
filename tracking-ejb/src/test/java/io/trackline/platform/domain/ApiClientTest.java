package io.trackline.platform.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.platform.api.Sha256;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An API client knows its secret only by its hash, works within one tenant unless admin, and can be revoked. */
class ApiClientTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void onlyItsOwnSecretIsItsSecret() {
        ApiClient client = new ApiClient("retailer-11", Sha256.hex("s3cret"), "Back office", Role.RETAILER, "11", NOW);

        assertTrue(client.isSecret(Sha256.hex("s3cret")));
        assertFalse(client.isSecret(Sha256.hex("s3cret ")));
    }

    @Test
    void aRevokedClientIsNoLongerActive() {
        ApiClient client = new ApiClient("demo-admin", Sha256.hex("x"), "Admin", Role.ADMIN, null, NOW);

        client.revoke(NOW.plusSeconds(1));

        assertFalse(client.active());
    }

    @Test
    void anAdminHasNoTenantAndEveryOtherRoleHasOne() {
        assertThrows(IllegalArgumentException.class,
                () -> new ApiClient("a", Sha256.hex("x"), "A", Role.ADMIN, "11", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new ApiClient("r", Sha256.hex("x"), "R", Role.RETAILER, null, NOW));
    }
}
