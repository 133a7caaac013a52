package io.trackline.web.openapi;

import io.trackline.auction.api.AuctionResult;
import io.trackline.auction.api.AuctionTrace;
import io.trackline.auction.api.ClickReceipt;
import io.trackline.auction.api.ConversionReceipt;
import io.trackline.auction.api.RetailReport;
import io.trackline.influencer.api.PostbackReceipt;
import io.trackline.mmp.api.AppReport;
import io.trackline.mmp.api.EventReceipt;
import io.trackline.platform.api.Problem;
import io.trackline.retail.api.IssuedSigningKey;
import io.trackline.retail.api.RetailerView;
import io.trackline.retail.api.SigningKeyView;
import io.trackline.web.mmp.MmpParameterDocs;
import io.trackline.web.retail.RetailBodyDocs;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the document Liberty builds from the resources' annotations (named by
 * {@code mp.openapi.filter} in this module's {@code microprofile-config.properties}):
 * <ul>
 *   <li>the schemas of the records the enterprise beans' {@code api} packages put on the wire, which the
 *   scanner cannot see from this module ({@link #WIRE_RECORDS}, read by {@link WireSchemas});</li>
 *   <li>on every operation, its errors: 4XX and 5XX answers are {@code application/problem+json}, and a 503
 *   carries {@code Retry-After};</li>
 *   <li>an operation without a security requirement is public: it is written so ({@code security: []}),
 *   rather than left unsaid;</li>
 *   <li>the MMP calls' parameters, which their resources read by hand ({@link MmpParameterDocs}), and the
 *   signed retail calls' bodies, which theirs read as JSON trees ({@link RetailBodyDocs});</li>
 *   <li>the examples, of request bodies, success answers, problems and parameters ({@link ApiExamples}).</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

    /** The records the API answers with that live in the enterprise beans' modules. */
    static final List<Class<?>> WIRE_RECORDS = List.of(Problem.class, PostbackReceipt.class, AuctionResult.class,
            AuctionTrace.class, ClickReceipt.class, ConversionReceipt.class, RetailReport.class, EventReceipt.class,
            AppReport.class, RetailerView.class, SigningKeyView.class, IssuedSigningKey.class);

    /** Records the API answers lists of: each has a component {@code <name>s}, an array of them. */
    static final List<Class<?>> WIRE_LISTS = List.of(RetailerView.class, SigningKeyView.class);

    static final String PROBLEM = "#/components/schemas/" + WireSchemas.componentName(Problem.class);

    private final ApiExamples examples = ApiExamples.read();

    @Override
    public Operation filterOperation(Operation operation) {
        MmpParameterDocs.describe(operation);
        RetailBodyDocs.describe(operation);
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>());
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        operation.getResponses()
                .addAPIResponse("4XX", problem("The request was refused; the problem's detail says why.",
                        ApiExamples.REFUSED))
                .addAPIResponse("5XX", problem("Trackline could not answer; on 503, nothing was recorded or it may"
                        + " have been (the detail says which): retry after Retry-After seconds, with the same"
                        + " idempotency key where the operation takes one.", ApiExamples.UNAVAILABLE)
                        .addHeader("Retry-After", OASFactory.createHeader()
                                .description("Seconds to wait before retrying (on 503).")
                                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER))));
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        WireSchemas schemas = new WireSchemas();
        WIRE_RECORDS.forEach(schemas::refTo);
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        Components components = document.getComponents();
        schemas.components().forEach(components::addSchema);
        MmpParameterDocs.addComponents(components);
        RetailBodyDocs.addComponents(components);
        WIRE_LISTS.forEach(record -> components.addSchema(WireSchemas.componentName(record) + "s",
                OASFactory.createSchema().addType(SchemaType.ARRAY).items(schemas.refTo(record))));
        examples.addComponents(components);
        examples.describe(document);
    }

    private static APIResponse problem(String description, String example) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM))
                        .addExample(example, OASFactory.createExample().ref(example))));
    }
}
