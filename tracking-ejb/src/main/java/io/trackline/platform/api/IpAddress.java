package io.trackline.platform.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address, written one way whatever way it was given: IPv4 dotted-quad, an IPv4-mapped IPv6
 * address as its IPv4 form, IPv6 in RFC 5952's compressed lower case. Visitor hashes and abuse counters key
 * on this form, so that nobody dodges them by spelling an address differently.
 */
public final class IpAddress {

    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private static final int SUBSCRIBER_PREFIX_BITS = 64;

    private final byte[] bytes;

    private IpAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The address a literal spells exactly (no spaces around it), or none when it is not an IPv4 or IPv6
     * literal. Text without a colon
     * must be a dotted quad, and IPv6 text is parsed by {@link InetAddress}, which never resolves a name
     * that contains a colon: no DNS lookup can happen here.
     */
    public static Optional<IpAddress> parse(String literal) {
        if (literal == null) {
            return Optional.empty();
        }
        boolean ipv4 = IPV4.matcher(literal).matches();
        if (!ipv4 && !(literal.contains(":") && IPV6_CHARACTERS.matcher(literal).matches())) {
            return Optional.empty();
        }
        try {
            InetAddress address = InetAddress.getByName(literal);
            return Optional.of(new IpAddress(address.getAddress()));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** The canonical text of a literal, or none when it is not one. */
    public static Optional<String> canonical(String literal) {
        return parse(literal).map(IpAddress::toString);
    }

    public boolean ipv4() {
        return bytes.length == 4;
    }

    /** The address's bytes: 4 for IPv4 (mapped ones included), 16 for IPv6. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The address as one subscriber holds it, for counting callers: an IPv4 address itself, an IPv6 address
     * its /64 (a subscriber usually gets a whole /64, and picks any address in it).
     */
    public String subscriber() {
        if (ipv4()) {
            return toString();
        }
        byte[] prefix = Arrays.copyOf(bytes, SUBSCRIBER_PREFIX_BITS / 8);
        return new IpAddress(Arrays.copyOf(prefix, bytes.length)) + "/" + SUBSCRIBER_PREFIX_BITS;
    }

    /** Whether the first {@code bits} bits of both addresses are the same (and both are of one family). */
    public boolean sharesPrefix(IpAddress other, int bits) {
        if (other.bytes.length != bytes.length || bits < 0 || bits > bytes.length * 8) {
            return false;
        }
        for (int bit = 0; bit < bits; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((bytes[bit / 8] & mask) != (other.bytes[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        if (ipv4()) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        return compressed(groups());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpAddress address && Arrays.equals(bytes, address.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    private int[] groups() {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        return groups;
    }

    /** RFC 5952: the longest run of two or more zero groups (the first of equals) becomes "::". */
    private static String compressed(int[] groups) {
        int bestStart = -1;
        int bestLength = 1;
        for (int start = 0; start < groups.length; ) {
            int end = start;
            while (end < groups.length && groups[end] == 0) {
                end++;
            }
            if (end - start > bestLength) {
                bestStart = start;
                bestLength = end - start;
            }
            start = end == start ? start + 1 : end;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < groups.length; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
