package io.trackline.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyCipherTest {

    private static final byte[] SECRET = "TEST-KEY".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSealedSecretOpensOnlyUnderItsKeyAndForItsOwner() {
        KeyCipher cipher = new KeyCipher(new byte[32]);
        KeyCipher.Sealed sealed = cipher.seal("7", SECRET);

        assertEquals("TEST-KEY", new String(cipher.open("7", sealed), StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class, () -> cipher.open("5", sealed));
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThrows(IllegalStateException.class, () -> new KeyCipher(otherKey).open("7", sealed));
    }

    @Test
    void theKeyIs256Bits() {
        assertThrows(IllegalArgumentException.class, () -> new KeyCipher(new byte[16]));
    }
}
