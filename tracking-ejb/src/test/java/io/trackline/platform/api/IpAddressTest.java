package io.trackline.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IpAddressTest {

    @ParameterizedTest
    @CsvSource({
            "132.244.133.122, 132.244.133.122",
            "::ffff:132.244.133.122, 132.244.133.122",
            "::FFFF:84F4:857A, 132.244.133.122",
            "2001:DB8:0:0:0:0:0:1, 2001:db8::1",
            "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
            "0:0:0:0:0:0:0:1, ::1",
            "::, ::",
            "fe80:0:0:0:0:0:0:0, fe80::"})
    void everySpellingOfAnAddressHasOneCanonicalForm(String given, String canonical) {
        assertEquals(Optional.of(canonical), IpAddress.canonical(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "example.com", "256.1.1.1", "1.2.3", "01.2.3.4", "1::2::3", "::g",
            "1.2.3.4.5", "fe80::1%eth0", " 10.0.0.1"})
    void whatIsNotALiteralIsNoAddress(String given) {
        assertTrue(IpAddress.parse(given).isEmpty(), given);
    }

    @Test
    void anIpv6AddressBelongsToItsSubscribersSlash64() {
        assertEquals("2001:db8:1:2::/64", IpAddress.parse("2001:db8:1:2:ffff::9").orElseThrow().subscriber());
        assertEquals("192.0.2.1", IpAddress.parse("::ffff:192.0.2.1").orElseThrow().subscriber());
    }

    @Test
    void prefixesCompareBitByBit() {
        IpAddress a = IpAddress.parse("2001:db8:1:2::1").orElseThrow();
        IpAddress b = IpAddress.parse("2001:db8:1:2:8000::9").orElseThrow();
        IpAddress v4 = IpAddress.parse("10.1.2.3").orElseThrow();

        assertTrue(a.sharesPrefix(b, 64));
        assertFalse(a.sharesPrefix(b, 65));
        assertTrue(v4.sharesPrefix(IpAddress.parse("10.1.255.0").orElseThrow(), 16));
        assertFalse(v4.sharesPrefix(IpAddress.parse("10.2.0.0").orElseThrow(), 16));
        assertFalse(v4.sharesPrefix(a, 0), "families differ");
    }
}
