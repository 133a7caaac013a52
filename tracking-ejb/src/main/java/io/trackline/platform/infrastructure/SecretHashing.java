package io.trackline.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How partner secrets (access keys, S2S tokens, API client secrets) are stored: HMAC-SHA256, under a
 * pepper derived from the master key, of the secret's SHA-256, in hex. A database dump alone cannot test a
 * guess against it, and a hash stored earlier as bare SHA-256 becomes this one without the secret
 * ({@link #fromLegacy}).
 */
@ApplicationScoped
public class SecretHashing {

    static final String PURPOSE = "secret-pepper";
    private static final String HMAC = "HmacSHA256";

    @Inject
    private MasterKey masterKey;

    private SecretKeySpec pepper;

    /** A keyed MAC per thread: every API call hashes the key it presents, and looking one up costs more. */
    private ThreadLocal<Mac> macs;

    @PostConstruct
    void derive() {
        pepper = new SecretKeySpec(masterKey.derive(PURPOSE), HMAC);
        macs = ThreadLocal.withInitial(this::newMac);
    }

    public String hash(String secret) {
        return hmacHex(sha256(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** What {@link #hash} gives for the secret whose bare SHA-256 (hex) was stored before. */
    public String fromLegacy(String sha256Hex) {
        return hmacHex(HexFormat.of().parseHex(sha256Hex));
    }

    /** Tells this pepper from another without revealing it: what it makes of a fixed text. */
    public String pepperCheck() {
        return hmacHex("trackline pepper check".getBytes(StandardCharsets.US_ASCII));
    }

    private String hmacHex(byte[] input) {
        return HexFormat.of().formatHex(macs.get().doFinal(input));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(pepper);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + HMAC, e);
        }
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
