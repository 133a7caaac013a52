package io.trackline.web.mmp;

import io.trackline.mmp.api.AppReport;
import io.trackline.mmp.api.AppReports;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.web.mmp.S2SParameters.Parameter;
import io.trackline.web.openapi.ApiSecurity;
import io.trackline.web.security.AuthenticatedApp;
import io.trackline.web.security.S2STokenAuthenticated;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /mmp/report}: the authenticated app's figures per UTC day, for {@code day}, or {@code from}
 * to {@code to} (both included, at most {@value AppReports#MAX_DAYS} days); today by default.
 */
@Path("mmp/report")
@Tag(name = "App measurement")
@SecurityRequirement(name = ApiSecurity.S2S_TOKEN)
@ApplicationScoped
@ReadsS2SParameters
@S2STokenAuthenticated
public class ReportResource {

    @Inject
    private S2SParameters parameters;

    @Inject
    private AuthenticatedApp app;

    @EJB
    private AppReports reports;

    @Operation(operationId = "appReport", summary = "Get the app's figures per UTC day",
            description = "For day, or from to to (both included); today by default.")
    @APIResponse(responseCode = "200", description = "The report.",
            content = @Content(schema = @Schema(ref = "AppReport")))
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AppReport report() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Optional<LocalDate> day = date(parameters.first("day"));
        LocalDate from = day.or(() -> date(parameters.first("from"))).orElse(today);
        LocalDate to = day.or(() -> date(parameters.first("to"))).orElse(from.isAfter(today) ? from : today);
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= AppReports.MAX_DAYS) {
            throw new InvalidFieldException("to", "a report covers at most " + AppReports.MAX_DAYS + " days");
        }
        return reports.report(app.get(), from, to);
    }

    private static Optional<LocalDate> date(Optional<Parameter> parameter) {
        return parameter.map(date -> {
            try {
                return LocalDate.parse(date.value());
            } catch (DateTimeParseException e) {
                throw new InvalidFieldException(date.name(), "must be a date such as 2026-11-22");
            }
        });
    }
}
