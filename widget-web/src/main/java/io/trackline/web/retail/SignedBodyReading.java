package io.trackline.web.retail;

import io.trackline.retail.api.WebhookHeaders;
import io.trackline.web.error.RequestBodyReading;
import io.trackline.web.input.StrictJson;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.Arrays;

/**
 * Keeps a signed request's body as sent (the signature covers its numbers as written), before
 * authentication, once it has passed the strict checks every JSON body passes (UTF-8, no key given twice:
 * a signature must never cover two readings of one body). A body that is not JSON is refused (415); one
 * too long, 413.
 */
@Provider
@ReadsSignedBody
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class SignedBodyReading implements ContainerRequestFilter {

    @Inject
    private SignedBody body;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            throw new NotSupportedException("A signed request is a JSON body.");
        }
        byte[] bytes;
        try {
            bytes = request.hasEntity() ? bytes(request) : new byte[0];
        } catch (IOException e) {
            throw RequestBodyReading.rejection(e);
        }
        JsonValue json = bytes.length == 0 ? null : StrictJson.parse(bytes);
        body.read(bytes, json, request.getHeaderString(SignedBody.SIGNATURE_HEADER),
                request.getHeaderString(WebhookHeaders.ID), request.getHeaderString(WebhookHeaders.TIMESTAMP),
                request.getHeaderString(WebhookHeaders.SIGNATURE));
    }

    /** The body, in one array of the declared length when there is one (the size limit has checked it). */
    private static byte[] bytes(ContainerRequestContext request) throws IOException {
        int declared = request.getLength();
        if (declared < 0) {
            return request.getEntityStream().readAllBytes();
        }
        byte[] bytes = new byte[declared];
        int read = request.getEntityStream().readNBytes(bytes, 0, declared);
        return read == declared ? bytes : Arrays.copyOf(bytes, read);
    }
}
