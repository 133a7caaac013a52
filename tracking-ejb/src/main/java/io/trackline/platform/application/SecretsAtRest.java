package io.trackline.platform.application;

import io.trackline.platform.domain.StoredSecrets;
import io.trackline.platform.infrastructure.MasterKey;
import io.trackline.platform.infrastructure.SecretHashing;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.logging.Logger;

/**
 * Brings secrets at rest under the master key once the schema is migrated: partner secrets' bare SHA-256
 * hashes become peppered ones (once per database, one transaction, claimed so that two nodes starting
 * together do it once), and daily visitor-hash keys stored in clear are sealed. A database whose secrets
 * were hashed under another master key refuses the start: every key and token would fail, and the
 * retailers' signing keys would not open.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class SecretsAtRest {

    private static final Logger LOG = Logger.getLogger(SecretsAtRest.class.getName());

    @Inject
    private StoredSecrets rows;

    @Inject
    private SecretHashing hashing;

    @Inject
    private MasterKey masterKey;

    @Resource
    private UserTransaction transaction;

    @PostConstruct
    void migrate() {
        String check = hashing.pepperCheck();
        String recorded = rows.pepperCheck().orElseGet(() -> {
            boolean claimed = inTransaction(() -> {
                if (!rows.claimHashMigration(check, Instant.now())) {
                    return false;
                }
                int rehashed = rows.rehashAll(hashing::fromLegacy);
                LOG.info(() -> "Partner secrets are hashed under the master key's pepper now (" + rehashed
                        + " migrated from bare SHA-256).");
                return true;
            });
            return claimed ? check : rows.pepperCheck().orElseThrow();
        });
        if (!recorded.equals(check)) {
            LOG.severe("Start refused: TRACKLINE_MASTER_KEY is not the key this database's secrets were stored"
                    + " under; every access key, S2S token and API client would fail. Set the one they were.");
            throw new IllegalStateException("This database's secrets were stored under another master key");
        }
        int sealed = inTransaction(() -> rows.sealClearDailyKeys(DailyHashKeyStore.cipher(masterKey)));
        if (sealed > 0) {
            LOG.info(() -> "Sealed " + sealed + " daily visitor-hash key(s) under the master key.");
        }
    }

    /** Runs the work in a transaction of its own, committed when it returns and rolled back when it throws. */
    private <T> T inTransaction(Callable<T> work) {
        try {
            transaction.begin();
            try {
                T result = work.call();
                transaction.commit();
                return result;
            } finally {
                if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transaction.rollback();
                }
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Secrets at rest could not be migrated", e);
        }
    }
}
