package io.trackline.web.mmp;

import static io.trackline.web.mmp.S2SEventRequestTest.parameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.trackline.platform.api.InvalidFieldException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClickRequestTest {

    private static final String CONNECTION_IP = "192.0.2.10";
    private static final String CONNECTION_AGENT = "Mozilla/5.0";

    @Test
    void withoutParametersTheConnectionDescribesTheVisitor() {
        assertEquals(new ClickRequest(null, null, Arrays.asList(null, null, null, null, null), CONNECTION_IP,
                CONNECTION_AGENT), ClickRequest.of(parameters(), CONNECTION_IP, CONNECTION_AGENT));
    }

    @Test
    void parametersOverrideTheConnectionAndSubIdsKeepTheirPlace() {
        ClickRequest request = ClickRequest.of(parameters("publisher", "alpha", "campaign", "spring",
                "sub1", "a", "sub3", "c", "sub5", "e", "ip_address", "198.51.100.7", "user_agent", "curl/8"),
                CONNECTION_IP, CONNECTION_AGENT);

        assertEquals(new ClickRequest("alpha", "spring", Arrays.asList("a", null, "c", null, "e"), "198.51.100.7",
                "curl/8"), request);
    }

    @Test
    void theCanonicalVisitorNamesAreReadToo() {
        ClickRequest request = ClickRequest.of(parameters("user_ip", "198.51.100.7", "user_ua", "curl/8"), null,
                null);

        assertEquals("198.51.100.7", request.ip());
        assertEquals("curl/8", request.userAgent());
    }

    @Test
    void tooLongOrMalformedValuesAreRefused() {
        assertEquals("publisher", assertThrows(InvalidFieldException.class, () -> ClickRequest.of(
                parameters("publisher", "p".repeat(101)), CONNECTION_IP, CONNECTION_AGENT)).field());
        assertEquals("sub2", assertThrows(InvalidFieldException.class, () -> ClickRequest.of(
                parameters("sub2", "s".repeat(256)), CONNECTION_IP, CONNECTION_AGENT)).field());
        // a bad address is an error, not a reason to fall back on the connection's
        assertEquals("user_ip", assertThrows(InvalidFieldException.class, () -> ClickRequest.of(
                parameters("user_ip", "localhost"), CONNECTION_IP, CONNECTION_AGENT)).field());
    }
}
