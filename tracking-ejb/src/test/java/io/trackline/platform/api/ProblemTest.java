package io.trackline.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aStatusProblemIsTitledByItsReasonPhrase() {
        Problem problem = Problem.of(404, "No resource at /x.");

        assertEquals("about:blank", problem.type());
        assertEquals("Not Found", problem.title());
        assertEquals(404, problem.status());
    }

    @Test
    void statusesWithoutAReasonPhraseGetTheirFamilysTitle() {
        assertEquals("Client Error", Problem.of(499, null).title());
        assertEquals("Server Error", Problem.of(599, null).title());
    }

    @Test
    void typedProblemsCarryATracklineUrn() {
        Problem problem = Problem.typed(400, "malformed-json", "Malformed JSON", "Invalid JSON at line 1");

        assertEquals("urn:trackline:problem:malformed-json", problem.type());
        assertEquals("Malformed JSON", problem.title());
    }

    @Test
    void unexpectedProblemsCarryAFreshIncidentAndNothingElse() {
        Problem first = Problem.unexpected();
        Problem second = Problem.unexpected();

        assertEquals(500, first.status());
        assertTrue(first.instance().matches("urn:uuid:[0-9a-f-]{36}"), first.instance());
        assertNotEquals(first.instance(), second.instance());
    }

    @Test
    void aSingleFieldErrorIsAlsoNamedAtTheTop() {
        Problem one = Problem.typed(400, "invalid-request", "Invalid request", "x")
                .withErrors(List.of(new Problem.FieldError("product", "must not be blank")));
        Problem two = Problem.typed(400, "invalid-request", "Invalid request", "x")
                .withErrors(List.of(new Problem.FieldError("a", "r"), new Problem.FieldError("b", "r")));

        assertEquals("product", one.field());
        assertNull(two.field());
        assertEquals(2, two.errors().size());
    }
}
