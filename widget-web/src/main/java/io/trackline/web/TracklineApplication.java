package io.trackline.web;

import io.trackline.web.openapi.ApiSecurity;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * Every resource of this module. It is mapped at the root so that unknown paths, too, answer as
 * problems, and so that the widget's host form ({@code /{influencer_id}}) can be served. The management
 * API ({@code /api/admin/**}) takes MicroProfile JWT bearer tokens; partner APIs authenticate by their own
 * keys, tokens and signatures.
 */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = "trackline")
@OpenAPIDefinition(info = @Info(
        title = "Trackline API",
        version = "0.1.0",
        description = "Influencer postbacks and live widgets, server-to-server events and attribution, "
                + "retail media auctions. Every error is an RFC 9457 application/problem+json document.",
        license = @License(name = "Proprietary", identifier = "LicenseRef-Proprietary")),
        servers = @Server(url = "/", description = "The Trackline that serves this document"))
@SecurityScheme(securitySchemeName = ApiSecurity.API_CLIENT, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "An API client's bearer token (a JWT, 15 minutes), from the OAuth 2.0"
                + " client-credentials grant at POST /api/auth/token; its groups (admin, retailer) and tenant decide"
                + " what it may do.")
@SecurityScheme(securitySchemeName = ApiSecurity.S2S_TOKEN, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.QUERY, apiKeyName = "s2s_token",
        description = "The app's S2S token: the s2s_token (or s2stoken, or token) parameter, or the"
                + " Authorization header (the token, or Bearer and the token).")
@SecurityScheme(securitySchemeName = ApiSecurity.SEED_SIGNATURE, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER, apiKeyName = "X-STREAEM-HASH",
        description = "HMAC-SHA256, hex, of the body's canonical string with one of the retailer's keys (see the"
                + " README). Under replay protection a signature is accepted once.")
@SecurityScheme(securitySchemeName = ApiSecurity.STANDARD_WEBHOOKS, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER, apiKeyName = "webhook-signature",
        description = "Standard Webhooks: webhook-signature (v1, then the Base64 HMAC-SHA256 of"
                + " {webhook-id}.{webhook-timestamp}.{body} with one of the retailer's keys), with webhook-id (the"
                + " request's idempotency key) and webhook-timestamp (unix seconds, within 300 s of Trackline's"
                + " clock).")
public class TracklineApplication extends Application {
}
