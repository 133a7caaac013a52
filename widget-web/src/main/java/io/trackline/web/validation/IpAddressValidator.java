package io.trackline.web.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Accepts dotted-quad IPv4 and IPv6 literals, as {@link io.trackline.platform.api.IpAddress} reads them
 * (no name is ever resolved).
 */
public class IpAddressValidator implements ConstraintValidator<IpAddress, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isIpAddress(value);
    }

    /** Whether the text is an IPv4 or IPv6 literal. */
    public static boolean isIpAddress(String value) {
        return io.trackline.platform.api.IpAddress.parse(value).isPresent();
    }
}
