package io.trackline.retail.domain;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts signing keys at rest with AES-256-GCM under the master key; each key gets a fresh 96-bit
 * nonce, and the retailer id is authenticated with it, so that a key row cannot be moved to another
 * retailer.
 */
public final class KeyCipher {

    public static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec masterKey;

    public KeyCipher(byte[] masterKey) {
        if (masterKey.length != 32) {
            throw new IllegalArgumentException("The master key must be 32 bytes (256 bits), not " + masterKey.length);
        }
        this.masterKey = new SecretKeySpec(masterKey, "AES");
    }

    public record Sealed(byte[] nonce, byte[] ciphertext) {
    }

    public Sealed seal(long retailerId, byte[] key) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return new Sealed(nonce, run(Cipher.ENCRYPT_MODE, retailerId, nonce, key));
    }

    public byte[] open(long retailerId, Sealed sealed) {
        return run(Cipher.DECRYPT_MODE, retailerId, sealed.nonce(), sealed.ciphertext());
    }

    private byte[] run(int mode, long retailerId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, masterKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(Long.toString(retailerId).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A signing key could not be " + (mode == Cipher.ENCRYPT_MODE
                    ? "encrypted" : "decrypted: is trackline.retail.master-key the one it was stored under?"), e);
        }
    }
}
