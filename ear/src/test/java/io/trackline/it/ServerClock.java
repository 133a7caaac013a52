package io.trackline.it;

import java.net.http.HttpRequest;
import java.time.Duration;

/** The test server's clock set ahead ({@link ShiftedClock}, through the probe) until closed. */
final class ServerClock implements AutoCloseable {

    private ServerClock() {
    }

    static ServerClock runAhead(Duration by) {
        set(by);
        return new ServerClock();
    }

    @Override
    public void close() {
        set(Duration.ZERO);
    }

    private static void set(Duration ahead) {
        Http.ok(Http.send(Http.request("/it-probe/clock?seconds=" + ahead.toSeconds())
                .POST(HttpRequest.BodyPublishers.noBody()).build()));
    }
}
