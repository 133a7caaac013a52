package io.trackline.retail.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trackline.retail.api.RetailerSettings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A key signs from its valid_from, up to (not at) its valid_until, even while cached. */
class SigningKeysTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static SigningKeys.SigningKey key(String secret, Instant from, Instant until) {
        return new SigningKeys.SigningKey(secret.getBytes(StandardCharsets.UTF_8), from, until);
    }

    @Test
    void onlyTheKeysValidAtTheMomentSign() {
        SigningKeys.Signer signer = new SigningKeys.Signer(11, false, RetailerSettings.SignatureScheme.ANY, List.of(
                key("open", NOW.minusSeconds(60), null),
                key("ending", NOW.minusSeconds(60), NOW.plusSeconds(10)),
                key("future", NOW.plusSeconds(5), null)));

        assertEquals(2, signer.keysAt(NOW).size());
        assertEquals(3, signer.keysAt(NOW.plusSeconds(5)).size(), "the future key starts on time");
        List<byte[]> atEnd = signer.keysAt(NOW.plusSeconds(10));
        assertEquals(2, atEnd.size(), "the ending key stops at its valid_until");
        assertArrayEquals("open".getBytes(StandardCharsets.UTF_8), atEnd.get(0));
    }
}
