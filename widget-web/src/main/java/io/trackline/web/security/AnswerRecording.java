package io.trackline.web.security;

import io.trackline.web.retail.ReadsSignedBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;

/**
 * Settles a signed request's claim on its replay key by its answer: a 2xx answer uses the key up, with a
 * copy of the bytes as written (so that a repeat gets exactly these), once they are written; any other
 * answer, or a failure to write it, gives the key back so that the same request can be tried again.
 */
@Provider
@ReadsSignedBody
@ApplicationScoped
public class AnswerRecording implements ContainerResponseFilter, WriterInterceptor {

    @Inject
    private RequestClaim claim;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!claim.open()) {
            return;
        }
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            claim.failed();
        } else if (!response.hasEntity()) {
            claim.succeeded(response.getStatus(), null, new byte[0]);
        } else {
            claim.answering(response.getStatus());
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!claim.writingAnswer()) {
            context.proceed();
            return;
        }
        AnswerCopy copy = new AnswerCopy(context.getOutputStream(), claim.maxKeptBytes());
        context.setOutputStream(copy);
        try {
            context.proceed();
            copy.flush();
        } catch (IOException | RuntimeException e) {
            claim.failed();
            throw e;
        }
        claim.succeededWith(context.getMediaType() == null ? null : context.getMediaType().toString(),
                copy.bytes());
    }
}
