package io.trackline.web.retail;

import io.trackline.auction.api.ReportQuery;
import io.trackline.auction.api.RetailReport;
import io.trackline.auction.api.RetailerReports;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.web.openapi.ApiSecurity;
import io.trackline.web.security.AuthenticatedRetailer;
import io.trackline.web.security.SignedRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A retailer's report (signed like the rest of its API): body {@code from} and {@code to} (UTC days),
 * optional {@code level} ({@code retailer}, {@code advertiser}, {@code campaign} (the default) or
 * {@code ad_group}), {@code daily} (a row per day too; default true), {@code advertiser_id},
 * {@code campaign_id}. JSON, or CSV for {@code Accept: text/csv}.
 */
@Path("api/report")
@Tag(name = "Retail media")
@SecurityRequirement(name = ApiSecurity.SEED_SIGNATURE)
@SecurityRequirement(name = ApiSecurity.STANDARD_WEBHOOKS)
@ApplicationScoped
@ReadsSignedBody
@SignedRequest
public class RetailReportResource {

    private static final MediaType CSV = MediaType.valueOf(ReportCsv.MEDIA_TYPE);

    @Inject
    private SignedBody body;

    @Inject
    private AuthenticatedRetailer retailer;

    @EJB
    private RetailerReports reports;

    /** JSON unless the caller prefers CSV ({@code Accept: text/csv}); anything else is 406. */
    @Operation(operationId = "retailReport", summary = "Get the retailer's report",
            description = "Body: from and to (UTC days), optional level, daily, advertiser_id, campaign_id. JSON, or"
                    + " CSV for Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "The report.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RetailReport")),
            @Content(mediaType = ReportCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @POST
    @Path("{retailer_id}")
    @Produces({MediaType.APPLICATION_JSON, ReportCsv.MEDIA_TYPE})
    public Response report(@PathParam("retailer_id") String retailerId, @Context HttpHeaders headers) {
        RetailReport report = report();
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
            }
            if (accepted.isCompatible(CSV)) {
                return Response.ok(ReportCsv.of(report), CSV).header("Content-Disposition",
                        "attachment; filename=\"trackline-" + report.retailerId() + "-" + report.from() + "-"
                                + report.to() + ".csv\"").build();
            }
        }
        throw new NotAcceptableException();
    }

    private RetailReport report() {
        JsonObject json = body.object();
        SignedJson.only(json, "", Set.of("from", "to", "level", "daily", "advertiser_id", "campaign_id"));
        return reports.report(retailer.get().id(), new ReportQuery(day(json, "from"), day(json, "to"), level(json),
                daily(json), id(json, "advertiser_id"), id(json, "campaign_id")));
    }

    /** A row per day too, unless {@code daily} is false. */
    private static boolean daily(JsonObject json) {
        JsonValue daily = json.get("daily");
        if (daily == null || daily.getValueType() == JsonValue.ValueType.NULL) {
            return true;
        }
        if (daily != JsonValue.TRUE && daily != JsonValue.FALSE) {
            throw new InvalidFieldException("daily", "must be true or false");
        }
        return daily == JsonValue.TRUE;
    }

    private static LocalDate day(JsonObject json, String name) {
        try {
            return LocalDate.parse(SignedJson.text(json, name, 10));
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(name, "must be a day, YYYY-MM-DD");
        }
    }

    private static ReportQuery.Level level(JsonObject json) {
        String level = SignedJson.optionalText(json, "level", "level", 16);
        if (level == null) {
            return ReportQuery.Level.CAMPAIGN;
        }
        try {
            return ReportQuery.Level.valueOf(level.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("level", "must be retailer, advertiser, campaign or ad_group");
        }
    }

    private static Long id(JsonObject json, String name) {
        return SignedJson.optionalWhole(json.get(name), name, 1, Long.MAX_VALUE);
    }
}
