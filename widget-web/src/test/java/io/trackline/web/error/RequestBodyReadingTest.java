package io.trackline.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trackline.platform.api.Problem;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

class RequestBodyReadingTest {

    @Test
    void aBodyOverTheLimitIsTooLargeHoweverDeepTheCause() {
        Problem problem = RequestBodyReading.problemFor(
                new ProcessingException(new JsonbException("I/O", new RequestBodyTooLargeException(65536))));

        assertEquals(413, problem.status());
        assertEquals("urn:trackline:problem:payload-too-large", problem.type());
        assertEquals("The request body is larger than 65536 bytes.", problem.detail());
    }

    @Test
    void anythingElseIsMalformedJson() {
        Problem problem = RequestBodyReading.problemFor(new JsonbException("Unexpected char"));

        assertEquals(400, problem.status());
        assertEquals("urn:trackline:problem:malformed-json", problem.type());
    }
}
