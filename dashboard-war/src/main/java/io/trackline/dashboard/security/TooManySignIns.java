package io.trackline.dashboard.security;

import io.trackline.platform.api.Problem;
import io.trackline.platform.api.TooManyRequestsException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answer to a sign-in that the abuse limit refused: 429, with how long to wait in {@code Retry-After}. A
 * browser gets the login page again, saying so; any other client an RFC 9457 problem, as everywhere else.
 */
final class TooManySignIns {

    static final int STATUS = 429;
    static final String MESSAGE = "Too many failed sign-ins; try again in %d s.";

    private static final Jsonb JSONB = JsonbBuilder.create();

    private TooManySignIns() {
    }

    /** Answers the refusal; unless it was a browser's, the response is complete. */
    static void answer(FacesContext faces, TooManyRequestsException refused) throws IOException {
        ExternalContext external = faces.getExternalContext();
        long wait = refused.retryAfterSeconds().orElse(1);
        external.setResponseStatus(STATUS);
        external.setResponseHeader("Retry-After", Long.toString(wait));
        if (AcceptHeader.prefersHtml(external.getRequestHeaderMap().get("Accept"))) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, MESSAGE.formatted(wait), null));
            return;
        }
        external.setResponseContentType(Problem.MEDIA_TYPE);
        external.setResponseCharacterEncoding(StandardCharsets.UTF_8.name());
        external.getResponseOutputWriter().write(JSONB.toJson(refused.toProblem()));
        faces.responseComplete();
    }
}
