package io.trackline.platform.application;

import io.trackline.platform.api.DemoSecrets;
import io.trackline.platform.infrastructure.MasterKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The secrets production needs, each set and none of them the demo's: the JWT signing key, the master
 * key, the keystore and single-sign-on key passwords, the metrics scrape password, and a database password
 * other than the demo's.
 * Each one missing is one line of what {@link #problems} answers, in the operator's terms.
 */
final class ProductionSettings {

    private record Setting(String property, String environmentVariable, String demoValue, String what) {

        Optional<String> problem(Function<String, Optional<String>> config) {
            Optional<String> value = config.apply(property).filter(given -> !given.isBlank());
            if (value.isEmpty()) {
                return Optional.of(environmentVariable + " is not set: " + what + ".");
            }
            if (demoValue != null && DemoSecrets.keyBody(value.get()).equals(DemoSecrets.keyBody(demoValue))) {
                return Optional.of(environmentVariable + " is the demo value, which is public: " + what + ".");
            }
            return Optional.empty();
        }
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting("trackline.jwt.private-key", "TRACKLINE_JWT_PRIVATE_KEY", DemoSecrets.jwtPrivateKey(),
                    "set the RSA private key that signs management API tokens"
                            + " (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048)"),
            new Setting(MasterKey.PROPERTY, "TRACKLINE_MASTER_KEY", DemoSecrets.MASTER_KEY,
                    "set 32 random bytes in Base64 (openssl rand -base64 32); they seal signing keys and hash"
                            + " secrets at rest"),
            new Setting("keystore.password", "KEYSTORE_PASSWORD", DemoSecrets.KEYSTORE_PASSWORD,
                    "set a password of your own for the server's TLS keystore"),
            new Setting("ltpa.keys.password", "LTPA_KEYS_PASSWORD", DemoSecrets.LTPA_KEYS_PASSWORD,
                    "set a password of your own for the server's single-sign-on keys"),
            new Setting("trackline.metrics.password", "TRACKLINE_METRICS_PASSWORD", DemoSecrets.METRICS_PASSWORD,
                    "set the password Prometheus reads /metrics with"),
            new Setting("trackline.db.password", "TRACKLINE_DB_PASSWORD", DemoSecrets.DATABASE_PASSWORD,
                    "give the database user a password of its own"));

    private ProductionSettings() {
    }

    /**
     * What is missing for production, one line a setting; empty when nothing is.
     *
     * @param config a setting's value by its MicroProfile Config name
     */
    static List<String> problems(Function<String, Optional<String>> config) {
        List<String> problems = new ArrayList<>();
        Function<String, Optional<String>> withLegacyMasterKey = property -> config.apply(property)
                .or(() -> property.equals(MasterKey.PROPERTY) ? config.apply(MasterKey.LEGACY_PROPERTY)
                        : Optional.empty());
        SETTINGS.forEach(setting -> setting.problem(withLegacyMasterKey).ifPresent(problems::add));
        return problems;
    }
}
