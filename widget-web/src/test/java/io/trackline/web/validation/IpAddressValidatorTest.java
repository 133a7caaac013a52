package io.trackline.web.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressValidatorTest {

    private final IpAddressValidator validator = new IpAddressValidator();

    @ParameterizedTest
    @ValueSource(strings = {"132.244.133.122", "0.0.0.0", "255.255.255.255", "::1", "2001:db8::8a2e:370:7334",
            "::ffff:192.0.2.1", "1:2:3:4:5:6:7:8", "::", "FE80::1"})
    void addressesAreValid(String address) {
        assertTrue(validator.isValid(address, null), address);
        assertTrue(IpAddressValidator.isIpAddress(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"999.1.1.1", "1.2.3", "01.2.3.4.5", "localhost", "example.com", "1.2.3.4 ", "::g",
            "2001:db8::1::2", "", "01.2.3.4", "::ffff:999.1.1.1", "1:2:3:4:5:6:7:8:9", "12345::1", "[::1]",
            "fe80::1%eth0", "localhost:8080"})
    void namesAndMalformedAddressesAreNot(String value) {
        assertFalse(validator.isValid(value, null), value);
        assertFalse(IpAddressValidator.isIpAddress(value), value);
    }

    @Test
    void absentIsValid() {
        assertTrue(validator.isValid(null, null));
    }
}
