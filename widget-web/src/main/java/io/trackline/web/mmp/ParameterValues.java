package io.trackline.web.mmp;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.web.mmp.S2SParameters.Parameter;
import io.trackline.web.validation.IpAddressValidator;
import java.util.Locale;

/** Checks of single S2S parameter values, refusing a wrong one under the name the caller used. */
final class ParameterValues {

    private ParameterValues() {
    }

    static String text(Parameter parameter, int maxLength) {
        if (parameter.value().length() > maxLength) {
            throw new InvalidFieldException(parameter.name(), "must be at most " + maxLength + " characters");
        }
        return parameter.value();
    }

    /** An IP literal, lower-cased so that one IPv6 address hashes one way. */
    static String ipAddress(Parameter parameter) {
        if (!IpAddressValidator.isIpAddress(parameter.value())) {
            throw new InvalidFieldException(parameter.name(), "must be an IPv4 or IPv6 address");
        }
        return parameter.value().toLowerCase(Locale.ROOT);
    }
}
