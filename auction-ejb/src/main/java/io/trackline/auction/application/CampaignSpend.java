package io.trackline.auction.application;

import io.trackline.auction.domain.AdClicks;
import io.trackline.auction.domain.CampaignBudget;
import io.trackline.auction.domain.CampaignSpent;
import io.trackline.platform.application.AfterCommit;
import io.trackline.platform.application.JsonMessages;
import io.trackline.platform.domain.ClusterBus;
import io.trackline.platform.domain.ClusterTopic;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Campaign spend as it happens, for auctions to stop serving a spent campaign at once rather than at the
 * index's next reload: each click billed on this node; in cluster mode each click billed on any node, once
 * its transaction commits ({@link ClusterTopic#SPEND}, within milliseconds); and every few seconds what
 * all nodes billed, as the database has it (the fallback should a message be lost). Spend only grows: of
 * two figures for a campaign, the larger total wins.
 */
@ApplicationScoped
public class CampaignSpend {

    private final Map<Long, CampaignSpent> spent = new ConcurrentHashMap<>();

    @Inject
    private AdClicks clicks;

    @Inject
    private ClusterBus bus;

    @Inject
    private AfterCommit afterCommit;

    @PostConstruct
    void listen() {
        bus.subscribe(ClusterTopic.SPEND, message -> {
            if (!message.origin().equals(bus.nodeId())) {
                JsonObject json = JsonMessages.read(message.value());
                known(Long.parseLong(message.key()), new CampaignSpent(LocalDate.parse(json.getString("day")),
                        new BigDecimal(json.getString("today")), new BigDecimal(json.getString("total"))));
            }
        });
    }

    /** The campaign with the latest spend known here, if any is newer than the index's. */
    public CampaignBudget current(CampaignBudget indexed) {
        CampaignSpent latest = spent.get(indexed.campaignId());
        if (latest == null) {
            return indexed;
        }
        BigDecimal today = latest.day().equals(LocalDate.now(ZoneOffset.UTC)) ? latest.today() : BigDecimal.ZERO;
        return indexed.withSpend(today.max(indexed.spentToday()), latest.total().max(indexed.spentTotal()));
    }

    /** The spend a billed click left its campaign with, as the database answered it: every node hears it. */
    public void billed(long campaignId, CampaignSpent after) {
        known(campaignId, after);
        byte[] value = JsonMessages.bytes(JsonMessages.object().add("day", after.day().toString())
                .add("today", after.today().toPlainString()).add("total", after.total().toPlainString()));
        afterCommit.run(() -> bus.publish(ClusterTopic.SPEND, Long.toString(campaignId), value));
    }

    /** Reads every campaign's spend, for what other nodes billed. */
    public void refresh() {
        clicks.campaignSpend().forEach(this::known);
    }

    private void known(long campaignId, CampaignSpent after) {
        spent.merge(campaignId, after, (old, now) -> now.total().compareTo(old.total()) >= 0 ? now : old);
    }
}
