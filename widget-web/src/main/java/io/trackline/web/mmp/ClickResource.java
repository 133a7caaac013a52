package io.trackline.web.mmp;

import io.trackline.mmp.api.ClickCommand;
import io.trackline.mmp.api.ClickReceipt;
import io.trackline.mmp.api.ClickRecorder;
import io.trackline.platform.web.ClientAddresses;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /mmp/click}. With {@code link=<id>} it is a visitor's click on a tracking link: recorded for
 * the link's publisher and campaign, then redirected to the link's destination with {@code clkid} appended;
 * no token needed, and the visitor is the request's own client ({@link ClientAddresses}: behind trusted
 * proxies, the address they forwarded for) and {@code User-Agent}. A click that names its visitor
 * ({@code user_ip}, {@code user_ua} or their other spellings) is an app's backend speaking for a visitor:
 * it needs the app's S2S token (401 without), and through a link, the link must be that app's (403
 * otherwise), so that no one can plant a fingerprint and claim the visitor's later events. Without a link
 * it is an app's backend asking for a click id ({@code no_redirect=true} and its S2S token). With
 * {@code no_redirect=true} the answer is {@code {"id": "<click id>"}} either way.
 */
@Path("mmp/click")
@Tag(name = "App measurement")
@RequestScoped
@ReadsS2SParameters
public class ClickResource {

    /** The answer with {@code no_redirect=true}. */
    public record ClickId(String id) {
    }

    @Inject
    private S2SParameters parameters;

    @Inject
    private AppClicks appClicks;

    @EJB
    private ClickRecorder clicks;

    @Inject
    private ClientAddresses addresses;

    @Context
    private HttpServletRequest connection;

    @Context
    private HttpHeaders headers;

    @Operation(operationId = "click", summary = "Record a click",
            description = "With link=<id>: a visitor's click on a tracking link, redirected (302) to the link's"
                    + " destination with clkid appended; no token needed. A click that names its visitor (user_ip,"
                    + " user_ua), or without a link, is an app's backend: it needs the app's S2S token. With"
                    + " no_redirect=true the answer is 200 with the click id.")
    @APIResponse(responseCode = "200", description = "With no_redirect=true: the click id.",
            content = @Content(schema = @Schema(implementation = ClickId.class)))
    @APIResponse(responseCode = "302", description = "To the link's destination, with clkid appended.")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response click() {
        boolean noRedirect = parameters.value("no_redirect").map(ClickResource::isTrue).orElse(false);
        String link = parameters.value("link").orElse(null);
        ClickReceipt receipt;
        if (link == null) {
            receipt = appClicks.record(noRedirect);
        } else if (ClickRequest.namesVisitor(parameters)) {
            receipt = appClicks.recordThrough(link);
        } else {
            receipt = visitorsClick(link);
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        if (noRedirect) {
            return Response.ok(new ClickId(receipt.id())).cacheControl(noStore).build();
        }
        return Response.status(Response.Status.FOUND).location(URI.create(receipt.redirectTo()))
                .cacheControl(noStore).build();
    }

    private ClickReceipt visitorsClick(String link) {
        ClickRequest request = ClickRequest.of(parameters).visitedFrom(addresses.of(connection),
                headers.getHeaderString(HttpHeaders.USER_AGENT));
        return clicks.record(new ClickCommand(null, link, null, null, request.subIds(), request.ip(),
                request.userAgent()));
    }

    private static boolean isTrue(String value) {
        return "true".equalsIgnoreCase(value) || "1".equals(value);
    }
}
