package io.trackline.mmp.application;

import com.github.benmanes.caffeine.cache.LoadingCache;
import io.trackline.mmp.domain.Apps;
import io.trackline.mmp.domain.CurrencyRate;
import io.trackline.platform.application.ReferenceCaches;
import jakarta.annotation.PostConstruct;
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
 * Converts amounts through the rate table (units per euro), read again in the background once a minute
 * ({@link ReferenceCaches#refreshing}). Converted amounts keep six decimals, as stored.
 */
@ApplicationScoped
public class CurrencyConverter {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);
    static final int SCALE = 6;

    private LoadingCache<Boolean, Map<String, BigDecimal>> rates;

    @Inject
    private ReferenceCaches caches;

    @Inject
    private Apps apps;

    @PostConstruct
    void start() {
        rates = caches.refreshing("currency-rates", TIME_TO_LIVE, 1, all -> load());
    }

    /** The amount in {@code to}; empty when either currency has no rate. */
    public Optional<BigDecimal> convert(BigDecimal amount, String from, String to) {
        if (from.equals(to)) {
            return Optional.of(amount);
        }
        Map<String, BigDecimal> unitsPerEur = rates.get(Boolean.TRUE);
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
