package io.trackline.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.trackline.platform.domain.AddressBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardedForTest {

    private static final List<AddressBlock> PROXIES = AddressBlock.list("10.0.0.0/8, 192.0.2.7, fd00::/8");

    @Test
    void withoutTrustedProxiesTheConnectionIsTheClientWhateverTheHeaderSays() {
        assertEquals("203.0.113.9", ForwardedFor.client("203.0.113.9", List.of("198.51.100.1"), List.of()));
    }

    @Test
    void aHeaderFromAnUntrustedPeerIsIgnored() {
        assertEquals("203.0.113.9", ForwardedFor.client("203.0.113.9", List.of("198.51.100.1"), PROXIES));
    }

    @Test
    void behindTrustedProxiesTheFirstUntrustedHopFromTheRightIsTheClient() {
        assertEquals("198.51.100.1", ForwardedFor.client("10.1.2.3",
                List.of("6.6.6.6, 198.51.100.1", "192.0.2.7"), PROXIES), "what the client claimed counts for nothing");
    }

    @Test
    void aMalformedEntryEndsTheWalkAtTheHopThatAddedIt() {
        assertEquals("10.1.2.3", ForwardedFor.client("10.1.2.3", List.of("198.51.100.1, not-an-ip"), PROXIES));
    }

    @Test
    void onlyTrustedHopsLeaveTheLeftmostAddress() {
        assertEquals("10.9.9.9", ForwardedFor.client("10.1.2.3", List.of("10.9.9.9"), PROXIES));
    }

    @Test
    void addressesComeOutCanonical() {
        assertEquals("2001:db8::1", ForwardedFor.client("fd00::1", List.of("2001:DB8:0:0:0:0:0:1"), PROXIES));
        assertEquals("198.51.100.1", ForwardedFor.client("::ffff:198.51.100.1", List.of(), PROXIES));
    }

    @Test
    void aBadTrustedProxySettingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AddressBlock.list("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> AddressBlock.list("proxy.example.com"));
    }
}
