package io.trackline.platform.web;

import io.trackline.platform.domain.AddressBlock;
import io.trackline.platform.api.IpAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The client of a request, as its connection and {@code X-Forwarded-For} tell. The connection is the
 * truth unless it comes from a trusted proxy; then the header is read from the right, hop by hop, past
 * every trusted proxy, and the first address that is not one is the client. Addresses left of it are
 * whatever the client claimed and count for nothing; a malformed entry ends the walk at the hop that
 * added it.
 */
public final class ForwardedFor {

    private ForwardedFor() {
    }

    /**
     * @param connection the connection's peer address
     * @param headers    every {@code X-Forwarded-For} value, in order
     * @return the client's address in canonical form (the connection's text as given when it is not one)
     */
    public static String client(String connection, List<String> headers, List<AddressBlock> trustedProxies) {
        IpAddress hop = IpAddress.parse(connection).orElse(null);
        if (hop == null) {
            return connection;
        }
        List<String> forwarded = new ArrayList<>();
        headers.forEach(header -> forwarded.addAll(List.of(header.split(","))));
        for (int i = forwarded.size() - 1; i >= 0 && trusted(hop, trustedProxies); i--) {
            IpAddress previous = IpAddress.parse(forwarded.get(i).strip()).orElse(null);
            if (previous == null) {
                break;
            }
            hop = previous;
        }
        return hop.toString();
    }

    private static boolean trusted(IpAddress address, List<AddressBlock> trustedProxies) {
        return trustedProxies.stream().anyMatch(block -> block.contains(address));
    }
}
