package io.trackline.web.error;

import io.trackline.platform.api.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The HTTP-level refusals of JAX-RS itself (no such path, method not allowed, unsupported media type,
 * not acceptable) and of any resource that throws one, as problems. Their headers, such as {@code Allow},
 * are kept.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.getStatus() < 400 || isProblem(original)) {
            return original;
        }
        Problem problem = Problem.of(original.getStatus(), detail(original.getStatus()));
        Response.ResponseBuilder builder = ProblemResponse.builder(problem);
        original.getStringHeaders().forEach((name, values) -> {
            if (!isEntityHeader(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private String detail(int status) {
        String path = uriInfo.getRequestUri().getRawPath();
        return switch (status) {
            case 403 -> "This token's role may not " + request.getMethod() + " " + path + ".";
            case 404 -> "No resource at " + path + ".";
            case 405 -> "Method " + request.getMethod() + " is not allowed on " + path + ".";
            case 406 -> "None of the accepted media types can be produced by " + path + ".";
            case 415 -> "Content type " + headers.getMediaType() + " is not accepted by " + path + ".";
            default -> null;
        };
    }

    private static boolean isEntityHeader(String name) {
        return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) || HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name);
    }

    private static boolean isProblem(Response response) {
        return response.getMediaType() != null
                && response.getMediaType().isCompatible(MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
