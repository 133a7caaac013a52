package io.trackline.mmp.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** How many units of a currency one euro buys, as an admin last set it. */
@Entity
@Table(name = "mmp_currency_rate")
@NamedQuery(name = CurrencyRate.FIND_ALL, query = "SELECT r FROM CurrencyRate r")
public class CurrencyRate {

    public static final String FIND_ALL = "CurrencyRate.findAll";

    @Id
    @Column(length = 3)
    private String currency;

    @Column(name = "units_per_eur", nullable = false, precision = 24, scale = 10)
    private BigDecimal unitsPerEur;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CurrencyRate() {
        // for JPA
    }

    public CurrencyRate(String currency, BigDecimal unitsPerEur, Instant updatedAt) {
        this.currency = currency;
        this.unitsPerEur = unitsPerEur;
        this.updatedAt = updatedAt;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal unitsPerEur() {
        return unitsPerEur;
    }
}
