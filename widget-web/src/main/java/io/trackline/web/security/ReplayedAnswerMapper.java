package io.trackline.web.security;

import io.trackline.retail.api.ReplayClaims;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A repeat of a Standard Webhooks request that succeeded gets the first answer again, the same status, type
 * and bytes, marked {@code Idempotent-Replayed: true} so that the sender can tell it ran once.
 */
@Provider
public class ReplayedAnswerMapper implements ExceptionMapper<ReplayedAnswer> {

    public static final String HEADER = "Idempotent-Replayed";

    @Override
    public Response toResponse(ReplayedAnswer replayed) {
        ReplayClaims.Answer answer = replayed.answer();
        return Response.status(answer.status()).type(answer.mediaType())
                .entity(answer.body().length == 0 ? null : answer.body()).header(HEADER, "true").build();
    }
}
