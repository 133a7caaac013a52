package io.trackline.platform.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * An RFC 9457 problem detail, the body of every error Trackline answers. Members left {@code null} are
 * omitted on the wire. {@code field} names the offending input where there is exactly one; {@code errors}
 * lists every offending input when validation found several.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "field", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, String field,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The problem type of errors that the status code alone explains (RFC 9457, section 4.2.1). */
    public static final String BLANK_TYPE = "about:blank";

    private static final String TYPE_PREFIX = "urn:trackline:problem:";

    /** One offending input: the wire name of the field and why it was refused. */
    public record FieldError(String field, String reason) {
    }

    public Problem {
        errors = errors == null ? null : List.copyOf(errors);
    }

    /** A problem that the status code explains; the title is the status's reason phrase. */
    public static Problem of(int status, String detail) {
        return new Problem(BLANK_TYPE, reasonPhrase(status), status, detail, null, null, null);
    }

    /** A problem of a Trackline-specific type, e.g. {@code typed(400, "malformed-json", ...)}. */
    public static Problem typed(int status, String slug, String title, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, null, null, null);
    }

    /**
     * A 500 that tells the caller nothing of the cause; its {@code instance} is a fresh incident id for the
     * caller to quote and for the log line that records the cause.
     */
    public static Problem unexpected() {
        return of(500, "An unexpected error occurred. Quote the instance when you report it.")
                .withInstance("urn:uuid:" + UUID.randomUUID());
    }

    public Problem withInstance(String newInstance) {
        return new Problem(type, title, status, detail, newInstance, field, errors);
    }

    public Problem withErrors(List<FieldError> newErrors) {
        String single = newErrors.size() == 1 ? newErrors.get(0).field() : field;
        return new Problem(type, title, status, detail, instance, single, newErrors);
    }

    static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (Response.Status.Family.familyOf(status)) {
            case CLIENT_ERROR -> "Client Error";
            case SERVER_ERROR -> "Server Error";
            default -> "HTTP " + status;
        };
    }
}
