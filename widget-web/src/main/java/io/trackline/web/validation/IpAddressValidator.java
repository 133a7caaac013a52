package io.trackline.web.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Accepts dotted-quad IPv4 and IPv6 literals. IPv6 text is parsed by {@link InetAddress}, which never
 * resolves a name that contains a colon; nothing else ever reaches it, so no DNS lookup can happen.
 */
public class IpAddressValidator implements ConstraintValidator<IpAddress, String> {

    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isIpAddress(value);
    }

    /** Whether the text is an IPv4 or IPv6 literal. */
    public static boolean isIpAddress(String value) {
        return IPV4.matcher(value).matches() || isIpv6(value);
    }

    static boolean isIpv6(String value) {
        if (!value.contains(":") || !IPV6_CHARACTERS.matcher(value).matches()) {
            return false;
        }
        try {
            InetAddress.getByName(value);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
