package io.trackline.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The JVM of a Liberty server that {@code scripts/cluster.sh up} started, found by the PID file Liberty keeps
 * ({@code usr/servers/.pid/<server>.pid}; the directory is the system property
 * {@code trackline.cluster.pid-dir}), to be killed as {@code kill -9} kills it.
 */
final class NodeProcess {

    private static final Path PID_DIRECTORY = Path.of(System.getProperty("trackline.cluster.pid-dir",
            "target/liberty/wlp/usr/servers/.pid"));

    private final String server;
    private final ProcessHandle process;

    private NodeProcess(String server, ProcessHandle process) {
        this.server = server;
        this.process = process;
    }

    /** The running server's JVM; a PID that is not that server's (gone, or reused) is refused. */
    static NodeProcess of(String server) {
        Path pidFile = PID_DIRECTORY.resolve(server + ".pid");
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("No PID file of " + server + " at " + pidFile.toAbsolutePath(), e);
        }
        ProcessHandle process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).orElseThrow(
                () -> new AssertionError(server + ": no process " + pid + " (" + pidFile.toAbsolutePath() + ")"));
        String commandLine = process.info().commandLine().orElse("");
        if (!commandLine.contains(server)) {
            throw new AssertionError("Process " + pid + " from " + pidFile + " is not " + server + ": " + commandLine);
        }
        return new NodeProcess(server, process);
    }

    /** SIGKILL; answers when it was sent ({@link System#nanoTime()}). */
    long kill() {
        long killed = System.nanoTime();
        if (!process.destroyForcibly()) {
            throw new AssertionError(this + " could not be killed");
        }
        return killed;
    }

    /**
     * Waits until the process is gone. Apart from {@link #kill}: the JDK may notice the end of a process it
     * did not start a second or two late (measured: about 1.7 s), long after the process's sockets closed.
     */
    void awaitGone(Duration within) {
        try {
            process.onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError(this + " was still there " + within.toMillis() + " ms after SIGKILL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return server + " (PID " + process.pid() + ")";
    }
}
