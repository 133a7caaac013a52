package io.trackline.influencer.application;

import io.trackline.influencer.api.LiveWidgetEvent;
import io.trackline.influencer.api.PostbackCommand;
import io.trackline.influencer.api.PostbackOutcome;
import io.trackline.influencer.api.PostbackReceipt;
import io.trackline.influencer.api.WidgetKey;
import io.trackline.influencer.domain.InfluencerStats;
import io.trackline.influencer.domain.NotCountedReason;
import io.trackline.influencer.domain.PendingPostback;
import io.trackline.influencer.domain.PostbackBatches;
import io.trackline.influencer.domain.PostbackTarget;
import io.trackline.influencer.domain.Postbacks;
import io.trackline.influencer.domain.ProductRef;
import io.trackline.platform.api.IdempotencyConflictException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Writes postbacks, a batch per transaction: each stored, counted unless anti-cheat refuses it, numbered
 * among its widget's counted postbacks, added to its widget's totals and, once committed, sent to the
 * widget's overlays on every node. Receipts exist only for what
 * was committed.
 */
@Stateless
public class PostbackService {

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Inject
    private PostbackBatches sql;

    @Inject
    private InfluencerStats dailyStats;

    @Inject
    private Postbacks postbacks;

    @Inject
    private Event<LiveWidgetEvent> liveEvents;

    /** Writes the batch in this transaction; receipts in the batch's order. */
    public List<PostbackReceipt> write(List<PendingPostback> batch) {
        String[] notCounted = new String[batch.size()];
        Map<PostbackBatches.TotalKey, Long> increments = new LinkedHashMap<>();
        Map<InfluencerStats.Key, InfluencerStats.Delta> daily = new HashMap<>();
        long[] sequences;
        try (Connection connection = dataSource.getConnection()) {
            antiCheat(connection, batch, notCounted);
            for (int i = 0; i < batch.size(); i++) {
                PendingPostback postback = batch.get(i);
                InfluencerStats.Delta delta = dailyDelta(postback, notCounted[i] == null);
                daily.merge(delta.key(), delta, InfluencerStats.Delta::plus);
                if (notCounted[i] == null) {
                    increments.merge(new PostbackBatches.TotalKey(postback.target().product().id(),
                            postback.target().influencerId(), postback.target().campaignId(),
                            postback.command().eventType()), 1L, Long::sum);
                }
            }
            sql.addToTotals(connection, increments);
            dailyStats.add(connection, daily.values());
            // last, so that the widgets' rows are held only from here to the commit: concurrent batches that
            // share a widget wait on each other that long, and no longer
            sequences = numberCounted(connection, batch, notCounted);
            sql.insertPostbacks(connection, batch, notCounted, sequences);
        } catch (SQLException e) {
            throw new IllegalStateException("The postbacks could not be written", e);
        }
        List<PostbackReceipt> receipts = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            PendingPostback postback = batch.get(i);
            if (notCounted[i] == null) {
                liveEvents.fire(liveEvent(postback, sequences[i]));
            }
            String reason = notCounted[i] == null ? null : NotCountedReason.valueOf(notCounted[i]).wireName();
            receipts.add(new PostbackReceipt(postback.publicId(), notCounted[i] == null, reason));
        }
        return receipts;
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

    /**
     * Numbers the counted postbacks of each widget, in the batch's order, after the widget's last number
     * ({@code 0} for those not counted).
     */
    private long[] numberCounted(Connection connection, List<PendingPostback> batch, String[] notCounted)
            throws SQLException {
        SortedMap<PostbackBatches.WidgetRef, Integer> counts = new TreeMap<>();
        for (int i = 0; i < batch.size(); i++) {
            if (notCounted[i] == null) {
                counts.merge(widget(batch.get(i)), 1, Integer::sum);
            }
        }
        Map<PostbackBatches.WidgetRef, Long> next = new HashMap<>();
        sql.takeSequences(connection, counts).forEach((widget, last) -> next.put(widget, last - counts.get(widget)));
        long[] sequences = new long[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            if (notCounted[i] == null) {
                sequences[i] = next.merge(widget(batch.get(i)), 1L, Long::sum);
            }
        }
        return sequences;
    }

    private static PostbackBatches.WidgetRef widget(PendingPostback postback) {
        return new PostbackBatches.WidgetRef(postback.target().product().id(), postback.target().influencerId());
    }

    /** Marks as not counted the postbacks whose visitor already did the same today. */
    private void antiCheat(Connection connection, List<PendingPostback> batch, String[] notCounted)
            throws SQLException {
        List<Integer> positions = new ArrayList<>();
        List<PendingPostback> checked = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).antiCheatApplies()) {
                positions.add(i);
                checked.add(batch.get(i));
            }
        }
        if (checked.isEmpty()) {
            return;
        }
        boolean[] first = sql.recordVisits(connection, checked);
        for (int i = 0; i < first.length; i++) {
            if (!first[i]) {
                notCounted[positions.get(i)] = NotCountedReason.ANTI_CHEAT.name();
            }
        }
    }

    private static InfluencerStats.Delta dailyDelta(PendingPostback postback, boolean counted) {
        PostbackTarget target = postback.target();
        InfluencerStats.Key key = new InfluencerStats.Key(postback.command().customer().id(), postback.day(),
                target.product().id(), target.influencerId(), target.campaignId(), postback.command().eventType());
        return new InfluencerStats.Delta(key, counted ? 1 : 0, counted ? 0 : 1);
    }

    private static LiveWidgetEvent liveEvent(PendingPostback postback, long sequence) {
        PostbackCommand command = postback.command();
        ProductRef product = postback.target().product();
        WidgetKey widget = new WidgetKey(command.customer().code(), product.code(), command.influencerId(), null);
        return new LiveWidgetEvent(widget, sequence, command.eventType(), product.label(command.eventType()),
                command.eventName(), command.campaign(), false);
    }

    private static PostbackReceipt receipt(Postbacks.StoredPostback postback) {
        NotCountedReason reason = postback.notCountedReason();
        return new PostbackReceipt(postback.publicId(), postback.counted(), reason == null ? null : reason.wireName());
    }
}
