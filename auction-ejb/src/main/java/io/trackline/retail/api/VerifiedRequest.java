package io.trackline.retail.api;

import java.util.Optional;

/**
 * A retail request whose signature holds: the retailer that signed it, and, when the request may succeed
 * only once, its replay key ({@code null}: a seed-signed request of a retailer without replay protection).
 */
public record VerifiedRequest(RetailerRef retailer, ReplayKey replayKey) {

    public Optional<ReplayKey> once() {
        return Optional.ofNullable(replayKey);
    }

    /** The {@code webhook-id} a Standard Webhooks request carried, if it was one. */
    public Optional<String> webhookId() {
        return once().filter(ReplayKey::answersRepeats).map(ReplayKey::value);
    }
}
