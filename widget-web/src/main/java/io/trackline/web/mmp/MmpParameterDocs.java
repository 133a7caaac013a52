package io.trackline.web.mmp;

import io.trackline.mmp.api.AppReports;
import io.trackline.mmp.api.ClickCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;

/**
 * The MMP calls' parameters for the OpenAPI document. The resources read them by hand ({@link S2SParameters}:
 * the query string, then a form or JSON body), so the scanner sees none: a GET call is given them as query
 * parameters, a POST call as a body, form or JSON, whose schema is a component. Their limits are the ones
 * {@link S2SEventRequest} and {@link ClickRequest} enforce.
 */
public final class MmpParameterDocs {

    static final String APP_EVENT = "AppEventParameters";
    static final String S2S_EVENT = "S2SEventParameters";

    private record Described(String name, String description, SchemaType type, String format, Integer maxLength) {

        Schema schema() {
            Schema schema = OASFactory.createSchema().addType(type).description(description);
            return maxLength == null ? schema.format(format) : schema.format(format).maxLength(maxLength);
        }
    }

    private static final String SEED_SPELLING = " The seed's other spelling, %s, is taken too.";

    private static final List<Described> EVENT = List.of(
            text("user_id", "The app's own id for the user.", S2SEventRequest.MAX_USER_ID),
            text("event_id", "The declared event (for example af_purchase, or session).",
                    S2SEventRequest.MAX_EVENT_ID),
            new Described("user_ip", "The visitor's IP address, for fingerprint attribution."
                    + SEED_SPELLING.formatted("ip_address"), SchemaType.STRING, null, null),
            text("user_ua", "The visitor's User-Agent, for fingerprint attribution."
                    + SEED_SPELLING.formatted("user_agent"), S2SEventRequest.MAX_USER_AGENT),
            text("clkid", "The click id the tracking link appended." + SEED_SPELLING.formatted("click_id"),
                    S2SEventRequest.MAX_CLICK_ID),
            new Described("sale_amount", "Revenue, not negative, at most 6 decimals."
                    + SEED_SPELLING.formatted("sale_amout"), SchemaType.NUMBER, null, null),
            text("sale_amount_currency", "ISO 4217 code of sale_amount; the app's currency by default.", 3),
            new Described("aggregated_event_value", "A value summed per day (may be negative), at most 6"
                    + " decimals.", SchemaType.NUMBER, null, null),
            text("event_value", "Free text kept with the event (at most " + S2SEventRequest.MAX_EVENT_VALUE_BYTES
                    + " bytes of UTF-8).", S2SEventRequest.MAX_EVENT_VALUE_BYTES));

    private static final List<Described> CLICK = Stream.concat(Stream.of(
            text("link", "A tracking link's id: the visitor's click on it, redirected to its destination.", null),
            new Described("no_redirect", "true: answer 200 with the click id instead of redirecting.",
                    SchemaType.BOOLEAN, null, null),
            text("publisher", "Who sent the click, without a link.", ClickRequest.MAX_NAME),
            text("campaign", "The campaign, without a link.", ClickRequest.MAX_NAME),
            new Described("user_ip", "The visitor's IP address: an app's backend only (S2S token)."
                    + SEED_SPELLING.formatted("ip_address"), SchemaType.STRING, null, null),
            text("user_ua", "The visitor's User-Agent: an app's backend only (S2S token)."
                    + SEED_SPELLING.formatted("user_agent"), S2SEventRequest.MAX_USER_AGENT)),
            IntStream.rangeClosed(1, ClickCommand.SUB_IDS).mapToObj(i -> text("sub" + i,
                    "Sub id " + i + ", kept with the click.", ClickRequest.MAX_SUB_ID))).toList();

    private static final List<Described> REPORT = List.of(
            new Described("day", "One UTC day; overrides from and to.", SchemaType.STRING, "date", null),
            new Described("from", "The first UTC day; today by default.", SchemaType.STRING, "date", null),
            new Described("to", "The last UTC day, at most " + AppReports.MAX_DAYS + " days from from; today by"
                    + " default.", SchemaType.STRING, "date", null));

    private MmpParameterDocs() {
    }

    /** Describes the MMP operation's parameters; other operations are left as they are. */
    public static void describe(Operation operation) {
        switch (String.valueOf(operation.getOperationId())) {
            case "appPostback" -> query(operation, EVENT, Set.of("user_id", "event_id"));
            case "s2sEvent" -> query(operation, EVENT, Set.of("user_id", "user_ip", "user_ua"));
            case "appPostbackPosted" -> body(operation, APP_EVENT);
            case "s2sEventPosted" -> body(operation, S2S_EVENT);
            case "click" -> query(operation, CLICK, Set.of());
            case "appReport" -> query(operation, REPORT, Set.of());
            default -> {
            }
        }
    }

    /** The POST calls' body schemas. */
    public static void addComponents(Components components) {
        components.addSchema(APP_EVENT, object(Set.of("user_id", "event_id")));
        components.addSchema(S2S_EVENT, object(Set.of("user_id", "user_ip", "user_ua")));
    }

    private static Described text(String name, String description, Integer maxLength) {
        return new Described(name, description, SchemaType.STRING, null, maxLength);
    }

    private static void query(Operation operation, List<Described> parameters, Set<String> required) {
        for (Described parameter : parameters) {
            operation.addParameter(OASFactory.createParameter().name(parameter.name()).in(In.QUERY)
                    .description(parameter.description()).required(required.contains(parameter.name()))
                    .schema(parameter.schema()));
        }
    }

    private static void body(Operation operation, String component) {
        Schema ref = OASFactory.createSchema().ref(component);
        operation.requestBody(OASFactory.createRequestBody()
                .description("The parameters, as a form or a JSON object (query parameters are taken too).")
                .content(OASFactory.createContent()
                        .addMediaType("application/x-www-form-urlencoded", OASFactory.createMediaType().schema(ref))
                        .addMediaType("application/json", OASFactory.createMediaType().schema(ref))));
    }

    private static Schema object(Set<String> required) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.OBJECT);
        EVENT.forEach(parameter -> schema.addProperty(parameter.name(), parameter.schema()));
        return schema.required(new ArrayList<>(EVENT.stream().map(Described::name).filter(required::contains)
                .toList()));
    }
}
