package io.trackline.influencer.application;

import io.trackline.influencer.api.PostbackCommand;
import io.trackline.influencer.api.PostbackOutcome;
import io.trackline.platform.api.InvalidFieldException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The way in for a postback. Everything it refers to (product, influencer, campaign, event type) is
 * resolved first, from caches or in short transactions of their own, so that the postback's transaction
 * holds one connection and only the rows it writes; then {@link PostbackService} records it.
 */
@ApplicationScoped
public class PostbackIntake {

    @Inject
    private ProductCatalog catalog;

    @EJB
    private PostbackService postbacks;

    public PostbackOutcome record(PostbackCommand command) {
        if (command.idempotencyKey() != null) {
            Optional<PostbackOutcome> replay = postbacks.previousOutcome(command);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        long customerId = command.customer().id();
        ProductRef product = catalog.product(customerId, command.product())
                .orElseThrow(() -> new InvalidFieldException("product",
                        "No product '" + command.product() + "' belongs to this access key."));
        PostbackTarget target = new PostbackTarget(product, catalog.influencerId(customerId, command.influencerId()),
                catalog.campaignId(customerId, command.campaign()));
        catalog.declareEventType(product, command.eventType(), command.eventName());
        try {
            return postbacks.record(command, target);
        } catch (EJBException e) {
            // A concurrent retry under the same idempotency key committed first: answer what it stored.
            return postbacks.previousOutcome(command).orElseThrow(() -> e);
        }
    }
}
