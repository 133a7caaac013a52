import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Latency at a fixed rate, the way a retailer's site loads Trackline: requests start on a schedule (open
 * loop), whatever the answers before them took, and each one's latency runs from when it was due to be
 * sent, so a stall counts against every request it delays (no coordinated omission). A single-file program:
 * <pre>java bench/Paced.java BASE_URL RATE SECONDS NAME REQUESTS_FILE</pre>
 * REQUESTS_FILE has one request a line, tab-separated: method, path, headers ({@code Name: value} joined by
 * {@code |}, or {@code -}), body (or {@code -}); requests are sent in turn. The first {@value #WARM_UP_SECONDS} s
 * at the same rate warm up and are not counted. It prints one table row, as bench/run.sh's other scenarios:
 * name, answered 2xx or 404, other answers, rate achieved, p50 and p99 in ms; then p99.9 and the worst.
 */
public class Paced {

    static final int CONNECTIONS = 64;
    static final int WARM_UP_SECONDS = 5;

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String name = args[3];
        List<byte[]> requests = requests(Path.of(args[4]), base.getHost() + ":" + base.getPort());
        InetSocketAddress server = new InetSocketAddress(base.getHost(), base.getPort());

        run(server, requests, rate, WARM_UP_SECONDS);
        Result result = run(server, requests, rate, seconds);
        long[] latencies = result.latencies();
        System.out.printf(Locale.ROOT, "%-44s %9d %7d %10.0f %9.2f %9.2f%n", name, result.ok(), result.failed(),
                result.ok() / (double) seconds, percentile(latencies, 50), percentile(latencies, 99));
        System.out.printf(Locale.ROOT, "%-44s p99.9 %.2f ms, max %.2f ms, %d requests at %d/s%n", "",
                percentile(latencies, 99.9), percentile(latencies, 100), latencies.length, rate);
    }

    record Result(long ok, long failed, long[] latencies) {
    }

    static Result run(InetSocketAddress server, List<byte[]> requests, int rate, int seconds)
            throws InterruptedException {
        int total = rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 100_000_000L;
        AtomicLong next = new AtomicLong();
        AtomicLongArray latencies = new AtomicLongArray(total);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            Thread worker = new Thread(() -> {
                Connection connection = new Connection(server);
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * intervalNanos;
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    int status = connection.exchange(requests.get((int) (i % requests.size())));
                    latencies.set((int) i, System.nanoTime() - due);
                    (status / 100 == 2 || status == 404 ? ok : failed).incrementAndGet();
                }
                connection.close();
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long[] sorted = new long[total];
        for (int i = 0; i < total; i++) {
            sorted[i] = latencies.get(i);
        }
        Arrays.sort(sorted);
        return new Result(ok.get(), failed.get(), sorted);
    }

    static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    static List<byte[]> requests(Path file, String host) throws IOException {
        List<byte[]> requests = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", 4);
            byte[] body = fields[3].equals("-") ? new byte[0] : fields[3].getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(fields[0]).append(' ').append(fields[1]).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append("\r\n");
            if (!fields[2].equals("-")) {
                for (String header : fields[2].split("\\|")) {
                    head.append(header).append("\r\n");
                }
            }
            if (body.length > 0) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
            byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
            System.arraycopy(body, 0, request, headBytes.length, body.length);
            requests.add(request);
        }
        return requests;
    }

    /** One keep-alive HTTP/1.1 connection, opened again when the server closes it. */
    static final class Connection {

        private final InetSocketAddress server;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(InetSocketAddress server) {
            this.server = server;
        }

        /** Sends the request and reads the whole answer; its status, or 0 when the exchange failed. */
        int exchange(byte[] request) {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(server, 5_000);
                    socket.setSoTimeout(30_000);
                    in = new BufferedInputStream(socket.getInputStream(), 16_384);
                    out = socket.getOutputStream();
                }
                out.write(request);
                out.flush();
                return readResponse();
            } catch (IOException e) {
                close();
                return 0;
            }
        }

        private int readResponse() throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            long length = 0;
            boolean chunked = false;
            boolean closes = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closes = true;
                }
            }
            if (chunked) {
                for (long chunk = Long.parseLong(line().strip(), 16); chunk > 0;
                     chunk = Long.parseLong(line().strip(), 16)) {
                    skip(chunk);
                    line();
                }
                line();
            } else {
                skip(length);
            }
            if (closes) {
                close();
            }
            return status;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("Connection closed mid-answer");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("Connection closed mid-body");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // Closing a connection that failed: nothing more to learn.
            }
            socket = null;
        }
    }
}
