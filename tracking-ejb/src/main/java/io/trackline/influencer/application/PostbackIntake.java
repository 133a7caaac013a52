package io.trackline.influencer.application;

import io.trackline.influencer.api.PostbackCommand;
import io.trackline.influencer.api.PostbackOutcome;
import io.trackline.influencer.api.PostbackRecorder;
import io.trackline.influencer.domain.PendingPostback;
import io.trackline.influencer.domain.PostbackTarget;
import io.trackline.influencer.domain.ProductRef;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.application.EarlierOutcome;
import io.trackline.platform.application.RequestDeadline;
import io.trackline.platform.application.VisitorHashing;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The way in for a postback. Everything it refers to (product, influencer, campaign, event type) is
 * resolved first, from caches or in short transactions of their own, and its visitor is hashed; then it
 * is queued for the {@link PostbackBatcher}, and the answer comes once it is committed.
 */
@ApplicationScoped
public class PostbackIntake implements PostbackRecorder {

    @Inject
    private RequestDeadline deadline;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private PostbackBatcher batcher;

    @EJB
    private PostbackService postbacks;

    @EJB
    private VisitorHashing visitorHashing;

    /** Records it within the ingestion deadline ({@link RequestDeadline}): committed, or 503 by then. */
    public CompletionStage<PostbackOutcome> record(PostbackCommand command) {
        return deadline.run("postback", () -> recordNow(command));
    }

    private CompletionStage<PostbackOutcome> recordNow(PostbackCommand command) {
        Optional<PostbackOutcome> replay = previousOutcome(command);
        if (replay.isPresent()) {
            return CompletableFuture.completedFuture(replay.get());
        }
        long customerId = command.customer().id();
        ProductRef product = catalog.product(customerId, command.product())
                .orElseThrow(() -> new InvalidFieldException("product",
                        "No product '" + command.product() + "' belongs to this access key."));
        PostbackTarget target = new PostbackTarget(product, catalog.influencerId(customerId, command.influencerId()),
                catalog.campaignId(customerId, command.campaign()));
        catalog.declareEventType(product, command.eventType(), command.eventName());
        LocalDate day = VisitorHashing.today();
        String visitor = product.antiCheat() && command.ip() != null && command.userAgent() != null
                ? visitorHashing.hash(day, command.ip(), command.userAgent()) : null;

        PendingPostback pending = new PendingPostback(command, target, UUID.randomUUID().toString(), Instant.now(),
                day, visitor);
        return EarlierOutcome.orEarlier(
                batcher.submit(pending).thenApply(receipt -> new PostbackOutcome(receipt, false)),
                () -> previousOutcome(command));
    }

    /** Only a postback with an idempotency key can have one; the others skip the look-up. */
    private Optional<PostbackOutcome> previousOutcome(PostbackCommand command) {
        return command.idempotencyKey() == null ? Optional.empty() : postbacks.previousOutcome(command);
    }
}
