package io.trackline.web.error;

import io.trackline.platform.api.Problem;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Turns a body that cannot be read into the resource's request type into the caller's error: too long
 * (413), or not JSON of the expected shape (400, saying what the parser found wrong and where). Doing it
 * here, around the read, keeps a failure to write a response a server error.
 */
@Provider
public class RequestBodyReading implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (JsonbException | JsonException | ProcessingException | IOException e) {
            throw rejection(e);
        }
    }

    /** The caller's error for a body that could not be read, for code that reads bodies itself. */
    public static ClientErrorException rejection(Throwable exception) {
        return new ClientErrorException(ProblemResponse.of(problemFor(exception)));
    }

    static Problem problemFor(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                return RequestBodyLimitFilter.tooLarge(tooLarge.limit());
            }
        }
        return Problem.typed(400, "malformed-json", "Malformed JSON", MalformedJson.describe(exception));
    }
}
