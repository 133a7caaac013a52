package io.trackline.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** One HTTP/1.0 exchange over a plain socket, for requests Java's HTTP client will not send as written. */
final class RawHttp {

    private RawHttp() {
    }

    static HostileRequest.Answer send(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        URI base = URI.create(System.getProperty("trackline.it.base-url", "http://localhost:9180"));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + pathAndQuery + " HTTP/1.0\r\nHost: "
                    + base.getHost() + ":" + base.getPort() + "\r\nConnection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTTP/1.0 answer: the head, a blank line, and the body up to the end of the stream. */
    private static HostileRequest.Answer parse(byte[] response) {
        String text = new String(response, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] head = text.substring(0, end).split("\r\n");
        String contentType = "";
        for (int i = 1; i < head.length; i++) {
            if (head[i].toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                contentType = head[i].substring("content-type:".length()).strip();
            }
        }
        return new HostileRequest.Answer(Integer.parseInt(head[0].split(" ")[1]), contentType,
                text.substring(end + 4));
    }
}
