package io.trackline.platform.domain;

import io.trackline.platform.api.IpAddress;
import java.util.Arrays;
import java.util.List;

/** A block of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}), or one address. */
public record AddressBlock(IpAddress network, int prefixBits) {

    public AddressBlock {
        int maxBits = network.ipv4() ? 32 : 128;
        if (prefixBits < 0 || prefixBits > maxBits) {
            throw new IllegalArgumentException("A prefix of " + network + " is 0 to " + maxBits + " bits");
        }
    }

    /** @throws IllegalArgumentException when the text is not an address or a block */
    public static AddressBlock parse(String text) {
        String[] parts = text.strip().split("/", -1);
        IpAddress network = IpAddress.parse(parts[0]).orElseThrow(() ->
                new IllegalArgumentException("'" + text.strip() + "' is not an IP address or CIDR block"));
        if (parts.length == 1) {
            return new AddressBlock(network, network.ipv4() ? 32 : 128);
        }
        try {
            return new AddressBlock(network, Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' has no prefix length after '/'", e);
        }
    }

    /** The blocks of a comma-separated list; blank entries are skipped. */
    public static List<AddressBlock> list(String text) {
        return Arrays.stream(text.split(",")).filter(entry -> !entry.isBlank()).map(AddressBlock::parse).toList();
    }

    public boolean contains(IpAddress address) {
        return network.sharesPrefix(address, prefixBits);
    }
}
