package io.trackline.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

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
        license = @License(name = "Proprietary")))
public class TracklineApplication extends Application {
}
