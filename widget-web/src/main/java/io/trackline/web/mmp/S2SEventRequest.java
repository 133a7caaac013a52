package io.trackline.web.mmp;

import static io.trackline.web.mmp.ParameterValues.text;

import io.trackline.mmp.api.AppRef;
import io.trackline.mmp.api.S2SEventCommand;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.Sha256;
import io.trackline.web.mmp.S2SParameters.Parameter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the parameters of a {@code postback} or {@code s2sevent} call into a command, under every spelling
 * the seed uses. A wrong value is refused naming the parameter as the caller spelled it.
 */
final class S2SEventRequest {

    static final int MAX_USER_ID = 255;
    static final int MAX_EVENT_ID = 64;
    static final int MAX_USER_AGENT = 1024;
    static final int MAX_CLICK_ID = 64;
    static final int MAX_EVENT_VALUE_BYTES = 4096;
    /** Amounts are stored as DECIMAL(20,6). */
    static final int MAX_INTEGER_DIGITS = 14;
    static final int MAX_DECIMALS = 6;
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private S2SEventRequest() {
    }

    /**
     * @param visitorRequired {@code s2sevent} needs the visitor's ip and user agent, and takes a call without
     *                        {@code event_id} as attribution only
     */
    static S2SEventCommand command(S2SParameters parameters, AppRef app, boolean visitorRequired,
                                   String idempotencyKey) {
        String userId = text(required(parameters.first("user_id"), "user_id"), MAX_USER_ID);
        Optional<Parameter> eventIdParameter = parameters.first("event_id");
        String eventId = visitorRequired ? eventIdParameter.map(id -> text(id, MAX_EVENT_ID)).orElse(null)
                : text(required(eventIdParameter, "event_id"), MAX_EVENT_ID);
        Optional<Parameter> ipParameter = parameters.first("user_ip", "ip_address");
        Optional<Parameter> userAgentParameter = parameters.first("user_ua", "user_agent");
        if (visitorRequired) {
            required(ipParameter, "user_ip");
            required(userAgentParameter, "user_ua");
        }
        String ip = ipParameter.map(ParameterValues::ipAddress).orElse(null);
        String userAgent = userAgentParameter.map(ua -> text(ua, MAX_USER_AGENT)).orElse(null);
        String clickId = parameters.first("clkid", "click_id").map(id -> text(id, MAX_CLICK_ID)).orElse(null);
        BigDecimal amount = parameters.first("sale_amount", "sale_amout").map(a -> amount(a, false)).orElse(null);
        String currency = parameters.first("sale_amount_currency").map(S2SEventRequest::currency)
                .orElse(app.currency());
        BigDecimal aggregated = parameters.first("aggregated_event_value").map(v -> amount(v, true)).orElse(null);
        String eventValue = parameters.first("event_value").map(S2SEventRequest::eventValue).orElse(null);
        String requestHash = idempotencyKey == null ? null : Sha256.hex(String.join("\n", userId,
                Objects.toString(eventId), Objects.toString(clickId), Objects.toString(ip),
                Objects.toString(userAgent), Objects.toString(amount), currency, Objects.toString(aggregated),
                Objects.toString(eventValue)));
        return new S2SEventCommand(app, userId, eventId, clickId, ip, userAgent, amount, currency, aggregated,
                eventValue, idempotencyKey, requestHash);
    }

    private static Parameter required(Optional<Parameter> parameter, String name) {
        return parameter.orElseThrow(() -> new InvalidFieldException(name, "is required"));
    }

    static BigDecimal amount(Parameter parameter, boolean negativeAllowed) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(parameter.value());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(parameter.name(), "must be a number");
        }
        if (!negativeAllowed && amount.signum() < 0) {
            throw new InvalidFieldException(parameter.name(), "must not be negative");
        }
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() > MAX_DECIMALS) {
            throw new InvalidFieldException(parameter.name(), "must have at most " + MAX_DECIMALS + " decimals");
        }
        if (plain.precision() - plain.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidFieldException(parameter.name(), "must be less than 10^" + MAX_INTEGER_DIGITS);
        }
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    private static String currency(Parameter parameter) {
        String code = parameter.value().toUpperCase(Locale.ROOT);
        if (!CURRENCIES.contains(code)) {
            throw new InvalidFieldException(parameter.name(), "must be an ISO 4217 currency code, such as EUR");
        }
        return code;
    }

    private static String eventValue(Parameter parameter) {
        if (parameter.value().getBytes(StandardCharsets.UTF_8).length > MAX_EVENT_VALUE_BYTES) {
            throw new InvalidFieldException(parameter.name(), "must be at most " + MAX_EVENT_VALUE_BYTES + " bytes");
        }
        return parameter.value();
    }
}
