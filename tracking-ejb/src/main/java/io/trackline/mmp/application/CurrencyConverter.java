package io.trackline.mmp.application;

import io.trackline.mmp.domain.CurrencyRate;
import io.trackline.mmp.infrastructure.JpaAppRepository;
import io.trackline.platform.infrastructure.ExpiringCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Converts amounts through the rate table (units per euro), read at most once a minute. Converted amounts
 * keep six decimals, as stored.
 */
@ApplicationScoped
public class CurrencyConverter {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);
    static final int SCALE = 6;

    private final ExpiringCache<Boolean, Map<String, BigDecimal>> rates = new ExpiringCache<>(TIME_TO_LIVE, 1);

    @Inject
    private JpaAppRepository apps;

    /** The amount in {@code to}; empty when either currency has no rate. */
    public Optional<BigDecimal> convert(BigDecimal amount, String from, String to) {
        if (from.equals(to)) {
            return Optional.of(amount);
        }
        Map<String, BigDecimal> unitsPerEur = rates.get(Boolean.TRUE, all -> load());
        return convert(amount, unitsPerEur.get(from), unitsPerEur.get(to));
    }

    static Optional<BigDecimal> convert(BigDecimal amount, BigDecimal fromPerEur, BigDecimal toPerEur) {
        if (fromPerEur == null || toPerEur == null) {
            return Optional.empty();
        }
        BigDecimal euros = amount.divide(fromPerEur, MathContext.DECIMAL128);
        return Optional.of(euros.multiply(toPerEur).setScale(SCALE, RoundingMode.HALF_EVEN));
    }

    private Map<String, BigDecimal> load() {
        return apps.rates().stream()
                .collect(Collectors.toUnmodifiableMap(CurrencyRate::currency, CurrencyRate::unitsPerEur));
    }
}
