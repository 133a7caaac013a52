package io.trackline.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Standard Webhooks signatures made by the official npm package {@code standardwebhooks} (pinned in
 * src/test/node, installed by the build into target/node), as a retailer's server makes them: the code under
 * test never signs its own test requests.
 */
final class NodeSigner {

    /** What to sign: with each secret ({@code whsec_…}), the id, the timestamp (unix seconds) and the payload. */
    record Signing(List<String> secrets, String id, long timestamp, String payload) {
    }

    private NodeSigner() {
    }

    /** The {@code webhook-signature} header of the request: one entry per secret, space-separated. */
    static String sign(Signing signing) {
        return sign(List.of(signing)).get(0);
    }

    static List<String> sign(List<Signing> signings) {
        JsonArrayBuilder cases = Json.createArrayBuilder();
        for (Signing signing : signings) {
            cases.add(Json.createObjectBuilder().add("secrets", Json.createArrayBuilder(signing.secrets()))
                    .add("id", signing.id()).add("timestamp", signing.timestamp()).add("payload", signing.payload()));
        }
        File directory = new File(System.getProperty("trackline.it.node-tools", "target/node"));
        try {
            Process node = new ProcessBuilder(System.getProperty("trackline.it.node", "node"), "sign.js")
                    .directory(directory).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream input = node.getOutputStream()) {
                input.write(cases.build().toString().getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!node.waitFor(30, TimeUnit.SECONDS) || node.exitValue() != 0) {
                throw new IllegalStateException("node sign.js failed in " + directory + ": " + output);
            }
            try (var reader = Json.createReader(new StringReader(output))) {
                JsonArray headers = reader.readArray();
                return headers.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            }
        } catch (IOException e) {
            throw new IllegalStateException("node could not be run in " + directory
                    + " (the build installs the signer there with npm ci)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
