package io.trackline.retail.api;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The three headers of a Standard Webhooks request, checked for form: {@code webhook-id} is 1 to
 * {@value #MAX_ID} printable ASCII characters without space or {@code .} (the specification forbids the dot,
 * which would let one signed string be read as another id and timestamp; the limit lets the id serve as an
 * event's {@code event_id}), {@code webhook-timestamp} is whole unix seconds, {@code webhook-signature} is
 * not blank. A request is fresh while its timestamp is within {@value #TOLERANCE_SECONDS} s of now, either way.
 */
public record WebhookHeaders(String id, long timestamp, String signatures) {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    public static final int MAX_ID = 64;
    public static final long TOLERANCE_SECONDS = 300;

    private static final Pattern ID_FORM = Pattern.compile("[\\x21-\\x2d\\x2f-\\x7e]{1," + MAX_ID + "}");
    private static final Pattern TIMESTAMP_FORM = Pattern.compile("\\d{1,12}");

    /** The headers when all three are there in their form; empty otherwise (the request is refused). */
    public static Optional<WebhookHeaders> parse(String id, String timestamp, String signatures) {
        if (id == null || timestamp == null || signatures == null || !ID_FORM.matcher(id).matches()
                || !TIMESTAMP_FORM.matcher(timestamp).matches() || signatures.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new WebhookHeaders(id, Long.parseLong(timestamp), signatures));
    }

    /** Whether a request carries any of the three: then it is checked as Standard Webhooks, and only so. */
    public static boolean anyPresent(String id, String timestamp, String signatures) {
        return id != null || timestamp != null || signatures != null;
    }

    public boolean freshAt(Instant now) {
        return Math.abs(now.getEpochSecond() - timestamp) <= TOLERANCE_SECONDS;
    }
}
