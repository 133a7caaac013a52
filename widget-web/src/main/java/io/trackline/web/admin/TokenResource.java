package io.trackline.web.admin;

import io.trackline.platform.api.ApiCaller;
import io.trackline.platform.api.ApiClients;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.NotAuthenticatedException;
import io.trackline.web.security.AuthenticationAttempts;
import io.trackline.web.security.JwtIssuer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OAuth 2.0 client-credentials grant (RFC 6749, section 4.4): an API client's id and secret, in HTTP
 * Basic or in the form (or a JSON body), for a bearer token of {@link JwtIssuer}. Unknown, revoked or wrong
 * credentials all get the same 401, and count against the client id and the caller's address (429 past the
 * limit). The form is read as the entity: the body-size limit has replaced the
 * request's stream, which servlet form parameters would not see.
 */
@Path("api/auth/token")
@Tag(name = "Management")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    static final String GRANT_TYPE = "client_credentials";

    /** The grant as a JSON body. */
    public record TokenRequest(String grantType, String clientId, String clientSecret) {
    }

    /** RFC 6749, section 5.1. */
    public record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }

    @EJB
    private ApiClients clients;

    @Inject
    private JwtIssuer issuer;

    @Inject
    private AuthenticationAttempts attempts;

    @Operation(operationId = "issueToken", summary = "Get a bearer token (OAuth 2.0 client credentials)",
            description = "grant_type=client_credentials, with the client's id and secret in HTTP Basic or in the"
                    + " body (a form, or JSON). Wrong credentials get 401; too many failures 429.")
    @APIResponse(responseCode = "200", description = "The token (RFC 6749, section 5.1).",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response fromForm(MultivaluedMap<String, String> form,
                             @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return token(form.getFirst("grant_type"), form.getFirst("client_id"), form.getFirst("client_secret"),
                authorization);
    }

    /** The same operation as {@link #fromForm}, for a JSON body: the document describes both as one. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response fromJson(TokenRequest request, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        TokenRequest given = request != null ? request : new TokenRequest(null, null, null);
        return token(given.grantType(), given.clientId(), given.clientSecret(), authorization);
    }

    private Response token(String grantType, String clientId, String clientSecret, String authorization) {
        if (!GRANT_TYPE.equals(grantType)) {
            throw new InvalidFieldException("grant_type", "must be " + GRANT_TYPE);
        }
        String[] basic = basic(authorization);
        String id = basic != null ? basic[0] : clientId;
        String secret = basic != null ? basic[1] : clientSecret;
        if (id == null || id.isBlank()) {
            throw new InvalidFieldException("client_id", "is required (in the body, or HTTP Basic)");
        }
        if (secret == null || secret.isEmpty()) {
            throw new InvalidFieldException("client_secret", "is required (in the body, or HTTP Basic)");
        }
        String client = id.strip();
        ApiCaller caller = attempts.attempt(client, () -> clients.authenticate(client, secret).orElseThrow(
                () -> new NotAuthenticatedException("The client id or secret is unknown, wrong or revoked.")));
        JwtIssuer.IssuedToken token = issuer.issue(caller, Instant.now());
        return Response.ok(new TokenResponse(token.token(), "Bearer", token.lifetime().toSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** The id and secret of an HTTP Basic header, or {@code null} when there is none. */
    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new NotAuthenticatedException("The HTTP Basic credentials are not Base64.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new NotAuthenticatedException("The HTTP Basic credentials have no ':'.");
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
