package io.trackline.web.mmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class MmpParameterDocsTest {

    private static Operation described(String operationId) {
        Operation operation = OASFactory.createOperation().operationId(operationId);
        MmpParameterDocs.describe(operation);
        return operation;
    }

    private static List<String> names(Operation operation, boolean required) {
        return operation.getParameters().stream().filter(p -> p.getRequired() == required)
                .map(Parameter::getName).toList();
    }

    @Test
    void aGetEventCallTakesTheSeedsParametersInItsQueryStringWithTheirLimits() {
        Operation postback = described("appPostback");
        Operation s2sEvent = described("s2sEvent");

        assertEquals(List.of("user_id", "event_id"), names(postback, true));
        assertEquals(List.of("user_id", "user_ip", "user_ua"), names(s2sEvent, true));
        assertTrue(postback.getParameters().stream().allMatch(p -> p.getIn() == Parameter.In.QUERY));
        assertEquals(9, postback.getParameters().size());
        Parameter userId = postback.getParameters().get(0);
        assertEquals(S2SEventRequest.MAX_USER_ID, userId.getSchema().getMaxLength());
        assertTrue(postback.getParameters().get(2).getDescription().contains("ip_address"), "the seed's spelling");
    }

    @Test
    void aPostEventCallTakesThemAsAFormOrJsonBody() {
        Operation posted = described("s2sEventPosted");
        Components components = OASFactory.createComponents();
        MmpParameterDocs.addComponents(components);

        assertNull(posted.getParameters());
        var content = posted.getRequestBody().getContent().getMediaTypes();
        assertEquals(List.of("application/x-www-form-urlencoded", "application/json"), List.copyOf(content.keySet()));
        assertEquals("#/components/schemas/" + MmpParameterDocs.S2S_EVENT,
                content.get("application/json").getSchema().getRef());
        Map<String, Schema> schemas = components.getSchemas();
        assertEquals(List.of("user_id", "user_ip", "user_ua"), schemas.get(MmpParameterDocs.S2S_EVENT).getRequired());
        assertEquals(List.of("user_id", "event_id"), schemas.get(MmpParameterDocs.APP_EVENT).getRequired());
    }

    @Test
    void aClickAndTheReportDescribeTheirOwnAndOtherCallsAreLeftAlone() {
        assertEquals(List.of("link", "no_redirect", "publisher", "campaign", "user_ip", "user_ua", "sub1", "sub2",
                "sub3", "sub4", "sub5"), names(described("click"), false));
        assertEquals("date", described("appReport").getParameters().get(0).getSchema().getFormat());
        assertNull(described("postback").getParameters());
    }
}
