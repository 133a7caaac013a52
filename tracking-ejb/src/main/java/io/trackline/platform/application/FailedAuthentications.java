package io.trackline.platform.application;

import com.github.benmanes.caffeine.cache.Ticker;
import io.trackline.platform.api.AuthenticationFailures;
import io.trackline.platform.api.TooManyRequestsException;
import io.trackline.platform.api.IpAddress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The abuse limit on failed authentication: an address (an IPv6 address by its /64, which one subscriber
 * usually holds whole) that failed {@code trackline.auth.failures-per-ip} times within
 * {@code trackline.auth.failure-window-seconds} is refused (429) until that window closes, and so is a
 * client id or dashboard username that failed {@code trackline.auth.failures-per-client} times. Refused
 * attempts are not checked at all, so guessing gets nowhere while refused.
 *
 * <p>State: counters in this node's memory. With two nodes, each counts on its own, so an attacker
 * spread over n nodes gets n times the limit; after a kill -9 the counts start again from zero; neither
 * matters to a limit that only has to make guessing slow. The database is not involved.
 */
@ApplicationScoped
public class FailedAuthentications implements AuthenticationFailures {

    static final long MAX_KEYS = 200_000;

    @Inject
    @ConfigProperty(name = "trackline.auth.failures-per-ip", defaultValue = "20")
    int perAddress;

    @Inject
    @ConfigProperty(name = "trackline.auth.failures-per-client", defaultValue = "5")
    int perClient;

    @Inject
    @ConfigProperty(name = "trackline.auth.failure-window-seconds", defaultValue = "60")
    long windowSeconds;

    private FailureWindows windows;

    @PostConstruct
    void start() {
        windows = new FailureWindows(Duration.ofSeconds(windowSeconds), MAX_KEYS, Ticker.systemTicker());
    }

    /**
     * Refuses (429) an attempt from an address, or for a client (a client id, a username; {@code null} when
     * the credential names none), that has failed too often lately.
     */
    public void checkAllowed(String address, String client) {
        OptionalLong wait = windows.refusedFor(addressKey(address), perAddress);
        if (wait.isPresent()) {
            throw new TooManyRequestsException("Too many failed authentications from this address; try again in "
                    + wait.getAsLong() + " s.", wait.getAsLong());
        }
        wait = client == null ? OptionalLong.empty() : windows.refusedFor(clientKey(client), perClient);
        if (wait.isPresent()) {
            throw new TooManyRequestsException("Too many failed authentications for this client; try again in "
                    + wait.getAsLong() + " s.", wait.getAsLong());
        }
    }

    public void failed(String address, String client) {
        windows.fail(addressKey(address));
        if (client != null) {
            windows.fail(clientKey(client));
        }
    }

    /** A client that got in starts afresh (its address does not: other clients may be guessed from it). */
    public void succeeded(String client) {
        if (client != null) {
            windows.clear(clientKey(client));
        }
    }

    /** An IPv4 address as itself, an IPv6 address by its subscriber's /64. */
    static String addressKey(String address) {
        return "ip:" + IpAddress.parse(address).map(IpAddress::subscriber).orElse(address);
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }
}
