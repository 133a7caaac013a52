package io.trackline.platform.application;

import io.trackline.platform.api.IpAddress;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hashes a visitor (IP and user agent) with the key of the day, so that the same visitor can be
 * recognised within a day and never afterwards: keys older than yesterday are destroyed every hour,
 * in the database and in memory. The clear IP is used here and nowhere else, in its canonical form, so that
 * one address spelled two ways (IPv4-mapped IPv6, uncompressed IPv6) hashes one way.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class VisitorHashing {

    private static final Logger LOG = Logger.getLogger(VisitorHashing.class.getName());
    private static final String ALGORITHM = "HmacSHA256";
    /** Days kept before today: fingerprint attribution looks back up to 24 hours. */
    private static final int DAYS_KEPT = 1;

    private final Map<LocalDate, byte[]> keys = new ConcurrentHashMap<>();

    @EJB
    private DailyHashKeyStore store;

    /** The UTC day: the unit of anti-cheat and of hash keys. A plain method, not a bean call. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Runs in the caller's transaction, if any: it needs none (a new key commits on its own). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String hash(LocalDate day, String ip, String userAgent) {
        return hmac(keys.computeIfAbsent(day, store::keyOf), ip, userAgent);
    }

    static String hmac(byte[] key, String ip, String userAgent) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            String address = IpAddress.canonical(ip).orElse(ip);
            byte[] digest = mac.doFinal((address + '\n' + userAgent).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }

    @Schedule(hour = "*", minute = "5", persistent = false)
    void destroyOldKeys() {
        LocalDate firstKept = today().minusDays(DAYS_KEPT);
        keys.keySet().removeIf(day -> day.isBefore(firstKept));
        int destroyed = store.destroyBefore(firstKept);
        if (destroyed > 0) {
            LOG.info(() -> "Destroyed " + destroyed + " visitor hash key(s) of days before " + firstKept + ".");
        }
    }
}
