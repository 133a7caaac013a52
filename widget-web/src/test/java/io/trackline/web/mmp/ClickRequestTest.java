package io.trackline.web.mmp;

import static io.trackline.web.mmp.S2SEventRequestTest.parameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.platform.api.InvalidFieldException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClickRequestTest {

    private static final String CLIENT_IP = "192.0.2.10";
    private static final String CLIENT_AGENT = "Mozilla/5.0";

    @Test
    void aVisitorsOwnClickIsDescribedByItsConnection() {
        assertEquals(new ClickRequest(null, null, Arrays.asList(null, null, null, null, null), CLIENT_IP,
                CLIENT_AGENT), ClickRequest.of(parameters()).visitedFrom(CLIENT_IP, CLIENT_AGENT));
    }

    @Test
    void parametersDescribeTheClickAndSubIdsKeepTheirPlace() {
        ClickRequest request = ClickRequest.of(parameters("publisher", "alpha", "campaign", "spring",
                "sub1", "a", "sub3", "c", "sub5", "e", "ip_address", "198.51.100.7", "user_agent", "curl/8"));

        assertEquals(new ClickRequest("alpha", "spring", Arrays.asList("a", null, "c", null, "e"), "198.51.100.7",
                "curl/8"), request);
    }

    @Test
    void theCanonicalVisitorNamesAreReadToo() {
        ClickRequest request = ClickRequest.of(parameters("user_ip", "198.51.100.7", "user_ua", "curl/8"));

        assertEquals("198.51.100.7", request.ip());
        assertEquals("curl/8", request.userAgent());
    }

    @Test
    void aVisitorNamedByHalvesIsNotCompletedFromTheConnection() {
        ClickRequest request = ClickRequest.of(parameters("user_ua", "curl/8"));

        assertNull(request.ip(), "the caller is a server: its own address is not the visitor's");
    }

    @Test
    void anyVisitorParameterWithAValueNamesTheVisitor() {
        assertTrue(ClickRequest.namesVisitor(parameters("user_ip", "198.51.100.7")));
        assertTrue(ClickRequest.namesVisitor(parameters("ip_address", "198.51.100.7")));
        assertTrue(ClickRequest.namesVisitor(parameters("user_ua", "curl/8")));
        assertTrue(ClickRequest.namesVisitor(parameters("user_agent", "curl/8")));
        assertFalse(ClickRequest.namesVisitor(parameters("user_ip", " ", "sub1", "a")));
    }

    @Test
    void tooLongOrMalformedValuesAreRefused() {
        assertEquals("publisher", assertThrows(InvalidFieldException.class, () -> ClickRequest.of(
                parameters("publisher", "p".repeat(101)))).field());
        assertEquals("sub2", assertThrows(InvalidFieldException.class, () -> ClickRequest.of(
                parameters("sub2", "s".repeat(256)))).field());
        assertEquals("user_ip", assertThrows(InvalidFieldException.class, () -> ClickRequest.of(
                parameters("user_ip", "localhost"))).field());
    }
}
