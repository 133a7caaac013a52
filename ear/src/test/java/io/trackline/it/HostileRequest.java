package io.trackline.it;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request of the bad-input corpus: what it attacks, the request itself (method, path and query, body
 * bytes, headers), and the field its refusal must name ({@code null} where the status alone says it).
 */
record HostileRequest(String description, String method, String pathAndQuery, byte[] body,
                      Map<String, String> headers, String field) {

    static HostileRequest get(String description, String pathAndQuery, String field) {
        return new HostileRequest(description, "GET", pathAndQuery, null, Map.of(), field);
    }

    static HostileRequest body(String description, String method, String path, String contentType, byte[] body,
                               String field) {
        return new HostileRequest(description, method, path, body, Map.of("Content-Type", contentType), field);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    HostileRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HostileRequest(description, method, pathAndQuery, body, more, field);
    }

    /** What the server answered: status, content type and body. */
    record Answer(int status, String contentType, String body) {
    }

    /**
     * Sends the request from a client address of its own (the test server trusts loopback as a proxy). A
     * path that Java's URI refuses (a malformed escape) goes out as raw HTTP/1.1, as a careless client
     * would send it.
     */
    Answer send(String clientAddress) {
        HttpRequest.Builder request;
        try {
            request = Http.request(pathAndQuery);
        } catch (IllegalArgumentException notAUri) {
            return RawHttp.send(method, pathAndQuery, headers(clientAddress), body);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        headers(clientAddress).forEach(request::header);
        HttpResponse<String> response = Http.send(request.build());
        return new Answer(response.statusCode(), Http.contentType(response), response.body());
    }

    private Map<String, String> headers(String clientAddress) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("X-Forwarded-For", clientAddress);
        return all;
    }

    @Override
    public String toString() {
        return method + " " + pathAndQuery + " (" + description + ")";
    }
}
