package io.trackline.web.input;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.web.error.RequestBodyReading;
import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Holds a body that JAX-RS binds for a resource (a record from JSON, a form) to the strict rules before it
 * is bound: JSON by {@link StrictJson} and {@link RecordShape}, a form by {@link UrlParameters}. The bytes
 * are then handed on unchanged.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictBodyReading implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean json = type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().endsWith("+json"));
        boolean form = type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        if (json || form) {
            byte[] body = bytes(context);
            if (body.length > 0 && json) {
                JsonValue value = StrictJson.parse(body);
                RecordShape.check(value, context.getGenericType());
            } else if (body.length > 0) {
                UrlParameters.parse(Utf8Text.decode(body).orElseThrow(() ->
                        new InvalidFieldException("body", Utf8Text.NOT_UTF8)));
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    private static byte[] bytes(ReaderInterceptorContext context) {
        try {
            return context.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw RequestBodyReading.rejection(e);
        }
    }
}
