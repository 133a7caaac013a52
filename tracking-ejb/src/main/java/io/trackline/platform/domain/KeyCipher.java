package io.trackline.platform.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest with AES-256-GCM: each gets a fresh 96-bit nonce, and what it belongs to (a
 * retailer's id, a day) is authenticated with it as associated data, so that a sealed row cannot be moved
 * to another owner.
 */
public final class KeyCipher {

    public static final int KEY_BYTES = 32;
    public static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public KeyCipher(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The key must be 32 bytes (256 bits), not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** A nonce and the ciphertext (with its tag) it opens with. */
    public record Sealed(byte[] nonce, byte[] ciphertext) {
    }

    /** @param owner what the secret belongs to, authenticated with it */
    public Sealed seal(String owner, byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return new Sealed(nonce, run(Cipher.ENCRYPT_MODE, owner, nonce, secret));
    }

    /** @throws IllegalStateException when the row was sealed under another key or for another owner */
    public byte[] open(String owner, Sealed sealed) {
        return run(Cipher.DECRYPT_MODE, owner, sealed.nonce(), sealed.ciphertext());
    }

    private byte[] run(int mode, String owner, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A secret could not be " + (mode == Cipher.ENCRYPT_MODE ? "encrypted"
                    : "decrypted: is TRACKLINE_MASTER_KEY the key it was stored under?"), e);
        }
    }
}
