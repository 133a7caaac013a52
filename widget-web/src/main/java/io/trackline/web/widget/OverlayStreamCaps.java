package io.trackline.web.widget;

import io.trackline.influencer.api.WidgetKey;
import io.trackline.platform.api.AtCapacityException;
import io.trackline.platform.api.TooManyRequestsException;
import io.trackline.platform.api.IpAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many overlay streams may be open on this node: per widget (whatever its campaign filter, since
 * anyone can make up campaigns), per client address (an IPv6 address by its /64, which one subscriber
 * usually holds whole) and in all. Beyond a widget's or an address's cap a stream is refused with 429,
 * beyond the node's with 503, before anything is streamed. A stream holds its place until it is closed,
 * by either side; one whose overlay went away silently is found out by the next heartbeat that cannot be
 * written, so {@code Retry-After} is a heartbeat's interval.
 */
@ApplicationScoped
public class OverlayStreamCaps {

    @Inject
    @ConfigProperty(name = "trackline.overlay.max-streams-per-widget", defaultValue = "10")
    int perWidget;

    @Inject
    @ConfigProperty(name = "trackline.overlay.max-streams-per-ip", defaultValue = "30")
    int perAddress;

    @Inject
    @ConfigProperty(name = "trackline.overlay.max-streams", defaultValue = "10000")
    int total;

    @Inject
    @ConfigProperty(name = OverlayConnections.HEARTBEAT_PROPERTY, defaultValue = OverlayConnections.HEARTBEAT_DEFAULT)
    long retryAfterSeconds;

    private final Map<WidgetKey, Integer> byWidget = new HashMap<>();
    private final Map<String, Integer> byAddress = new HashMap<>();
    private int open;

    /** One stream's place, given back once however often it is released. */
    final class Place {
        private final WidgetKey widget;
        private final String address;
        private final AtomicBoolean released = new AtomicBoolean();

        private Place(WidgetKey widget, String address) {
            this.widget = widget;
            this.address = address;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                giveBack(widget, address);
            }
        }
    }

    /** A place for a stream of {@code widget} to a client at {@code address}, or 429 / 503 when none is left. */
    synchronized Place take(WidgetKey widget, String address) {
        WidgetKey widgetKey = widget.unfiltered();
        String addressKey = addressKey(address);
        if (byAddress.getOrDefault(addressKey, 0) >= perAddress) {
            throw new TooManyRequestsException("This address has " + perAddress + " overlay streams open, as many"
                    + " as one address may; close one or try again in " + retryAfterSeconds + " s.", retryAfterSeconds);
        }
        if (byWidget.getOrDefault(widgetKey, 0) >= perWidget) {
            throw new TooManyRequestsException("This widget has " + perWidget + " overlay streams open, as many as"
                    + " one widget may; close one or try again in " + retryAfterSeconds + " s.", retryAfterSeconds);
        }
        if (open >= total) {
            throw new AtCapacityException("This server holds as many overlay streams as it may (" + total
                    + "); try again in " + retryAfterSeconds + " s.", retryAfterSeconds);
        }
        byWidget.merge(widgetKey, 1, Integer::sum);
        byAddress.merge(addressKey, 1, Integer::sum);
        open++;
        return new Place(widgetKey, addressKey);
    }

    /** How many streams hold a place now. */
    public synchronized int open() {
        return open;
    }

    private synchronized void giveBack(WidgetKey widget, String address) {
        byWidget.computeIfPresent(widget, (key, count) -> count > 1 ? count - 1 : null);
        byAddress.computeIfPresent(address, (key, count) -> count > 1 ? count - 1 : null);
        open--;
    }

    /** An IPv4 address as itself, an IPv6 address by its subscriber's /64. */
    static String addressKey(String address) {
        return IpAddress.parse(address).map(IpAddress::subscriber).orElse(address);
    }
}
