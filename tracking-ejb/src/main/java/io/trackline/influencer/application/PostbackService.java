package io.trackline.influencer.application;

import io.trackline.influencer.api.LiveWidgetEvent;
import io.trackline.influencer.api.PostbackCommand;
import io.trackline.influencer.api.PostbackOutcome;
import io.trackline.influencer.api.PostbackReceipt;
import io.trackline.influencer.api.WidgetKey;
import io.trackline.influencer.domain.NotCountedReason;
import io.trackline.influencer.domain.Postback;
import io.trackline.influencer.domain.PostbackDetails;
import io.trackline.influencer.infrastructure.AntiCheatVisits;
import io.trackline.influencer.infrastructure.JpaPostbackRepository;
import io.trackline.influencer.infrastructure.WidgetTotals;
import io.trackline.platform.api.IdempotencyConflictException;
import io.trackline.platform.infrastructure.VisitorHashing;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Records a postback in one transaction: stored, counted unless anti-cheat refuses it, added to its
 * widget's totals and, once committed, sent to the widget's overlays. A receipt is only ever returned for
 * a committed postback.
 */
@Stateless
public class PostbackService {

    @Inject
    private JpaPostbackRepository postbacks;

    @Inject
    private WidgetTotals totals;

    @Inject
    private AntiCheatVisits visits;

    @EJB
    private VisitorHashing visitorHashing;

    @Inject
    private Event<LiveWidgetEvent> liveEvents;

    /** Records a postback whose references {@link PostbackIntake} has resolved. */
    public PostbackOutcome record(PostbackCommand command, PostbackTarget target) {
        ProductRef product = target.product();
        NotCountedReason reason = antiCheatVerdict(product, target.influencerId(), command);
        Postback postback = new Postback(UUID.randomUUID().toString(), command.customer().id(), product.id(),
                target.influencerId(), target.campaignId(), details(command), reason, Instant.now());
        postbacks.add(postback);
        if (postback.counted()) {
            totals.increment(product.id(), target.influencerId(), target.campaignId(), command.eventType());
            liveEvents.fire(liveEvent(command, product, postback));
        }
        return new PostbackOutcome(receipt(postback), false);
    }

    /** The stored answer to an earlier request under the command's idempotency key, if there was one. */
    public Optional<PostbackOutcome> previousOutcome(PostbackCommand command) {
        if (command.idempotencyKey() == null) {
            return Optional.empty();
        }
        return postbacks.findByIdempotencyKey(command.customer().id(), command.idempotencyKey())
                .map(previous -> {
                    if (!previous.requestHash().equals(command.requestHash())) {
                        throw new IdempotencyConflictException(command.idempotencyKey());
                    }
                    return new PostbackOutcome(receipt(previous), true);
                });
    }

    private NotCountedReason antiCheatVerdict(ProductRef product, long influencerId, PostbackCommand command) {
        if (!product.antiCheat() || command.ip() == null || command.userAgent() == null) {
            return null;
        }
        var day = visitorHashing.today();
        String visitor = visitorHashing.hash(day, command.ip(), command.userAgent());
        boolean first = visits.recordFirst(day, product.id(), influencerId, command.eventType(), visitor);
        return first ? null : NotCountedReason.ANTI_CHEAT;
    }

    private static PostbackDetails details(PostbackCommand command) {
        return new PostbackDetails(command.eventType(), command.eventName(), command.medium(), command.source(),
                command.country(), command.userAgent(), command.idempotencyKey(), command.requestHash());
    }

    private static LiveWidgetEvent liveEvent(PostbackCommand command, ProductRef product, Postback postback) {
        WidgetKey widget = new WidgetKey(command.customer().code(), product.code(), command.influencerId(), null);
        return new LiveWidgetEvent(widget, postback.id(), command.eventType(), product.label(command.eventType()),
                command.eventName(), command.campaign(), false);
    }

    private static PostbackReceipt receipt(Postback postback) {
        NotCountedReason reason = postback.notCountedReason();
        return new PostbackReceipt(postback.publicId(), postback.counted(), reason == null ? null : reason.wireName());
    }
}
