package io.trackline.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A second Liberty server, in production mode, that a test starts and stops itself: the shipped
 * {@code server.xml} and EAR (in {@code dropins/}), the drivers the build copied, its own ports, and only
 * the environment the test gives it (nothing of the integration-test server's).
 */
final class ProductionServer implements AutoCloseable {

    static final String NAME = "trackline-production";
    private static final Path WLP = Path.of("target/liberty/wlp");
    private static final Path SERVER = WLP.resolve("usr/servers/" + NAME);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Map<String, String> environment;

    private ProductionServer(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Installs the server afresh (its logs and data too) and starts it with that environment. */
    static ProductionServer start(Map<String, String> environment) {
        install();
        ProductionServer server = new ProductionServer(environment);
        server.run("start");
        return server;
    }

    /** Starts it again, logs and data kept, with another environment. */
    static ProductionServer restart(Map<String, String> environment) {
        ProductionServer server = new ProductionServer(environment);
        deleteQuietly(SERVER.resolve("logs"));
        server.run("start");
        return server;
    }

    static int httpPort() {
        return Integer.getInteger("trackline.it.production.http-port", 9190);
    }

    static int httpsPort() {
        return Integer.getInteger("trackline.it.production.https-port", 9553);
    }

    /**
     * A database of its own, and the setting that makes it production: the MariaDB database CI made for it
     * (production by default), else an embedded file in the server's directory (which is demo mode unless
     * {@code TRACKLINE_DEMO=false}).
     *
     * @param password the database password to give the server, or {@code null} to give none
     */
    static Map<String, String> database(String password) {
        String url = System.getenv("TRACKLINE_IT_PRODUCTION_DB_URL");
        Map<String, String> database = new HashMap<>();
        if (url != null) {
            database.put("TRACKLINE_DB_URL", url);
            database.put("TRACKLINE_DB_USER", System.getenv("TRACKLINE_IT_PRODUCTION_DB_USER"));
            if (password != null) {
                database.put("TRACKLINE_DB_PASSWORD", System.getenv("TRACKLINE_IT_PRODUCTION_DB_PASSWORD"));
            }
        } else {
            database.put("TRACKLINE_DB_URL", "jdbc:h2:" + SERVER.toAbsolutePath().resolve("data/production")
                    + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            database.put("TRACKLINE_DB_USER", "trackline");
            database.put("TRACKLINE_DEMO", "false");
            if (password != null) {
                database.put("TRACKLINE_DB_PASSWORD", password);
            }
        }
        return database;
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort() + path))
                .timeout(Duration.ofSeconds(30));
    }

    /** The server's log so far. */
    String log() {
        try {
            Path messages = SERVER.resolve("logs/messages.log");
            return Files.exists(messages) ? Files.readString(messages) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the log says what the predicate looks for; false when it has not within the timeout. */
    boolean awaitLog(Predicate<String> said) {
        return Waiting.within(START_TIMEOUT, "the production server's log", () -> said.test(log()));
    }

    /** The status of {@code /health/ready}, or -1 while nothing answers. */
    int readiness() {
        try {
            return Http.CLIENT.send(request("/health/ready").GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        run("stop");
    }

    private void run(String action) {
        ProcessBuilder command = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, NAME)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = command.environment();
        env.keySet().removeIf(name -> name.startsWith("TRACKLINE_") || name.equals("KEYSTORE_PASSWORD")
                || name.equals("LTPA_KEYS_PASSWORD") || name.startsWith("HTTP_") || name.startsWith("HTTPS_"));
        env.putAll(environment);
        try {
            Process process = command.start();
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("server " + action + " " + NAME + " failed: " + process.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void install() {
        try {
            deleteQuietly(SERVER);
            Files.createDirectories(SERVER.resolve("dropins"));
            Files.createDirectories(SERVER.resolve("lib/jdbc"));
            Files.copy(Path.of("src/main/liberty/config/server.xml"), SERVER.resolve("server.xml"));
            Files.copy(Path.of("target/trackline.ear"), SERVER.resolve("dropins/trackline.ear"));
            try (Stream<Path> drivers = Files.list(WLP.resolve("usr/servers/trackline-it/lib/jdbc"))) {
                for (Path driver : drivers.toList()) {
                    Files.copy(driver, SERVER.resolve("lib/jdbc").resolve(driver.getFileName()),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.writeString(SERVER.resolve("bootstrap.properties"), String.join("\n", List.of(
                    "http.port=" + httpPort(), "https.port=" + httpsPort())) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
