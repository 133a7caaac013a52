package io.trackline.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

/**
 * Redocly's linter (pinned by {@code src/test/node/package-lock.json}, installed by the build's {@code npm ci})
 * run on the served OpenAPI document with the project's rules ({@code redocly.yaml} of the test resources:
 * the recommended set). The document and the linter's output stay in {@code target/openapi-lint}.
 */
record OpenApiLint(int exitCode, String output) {

    static OpenApiLint of(OpenApiDocument document) throws IOException, InterruptedException {
        Path dir = Path.of("target", "openapi-lint").toAbsolutePath();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("openapi.json"), document.json().toString(), StandardCharsets.UTF_8);
        try (InputStream rules = OpenApiLint.class.getResourceAsStream("/redocly.yaml")) {
            Files.copy(rules, dir.resolve("redocly.yaml"), StandardCopyOption.REPLACE_EXISTING);
        }
        Path output = dir.resolve("lint.txt");
        Path cli = Path.of(System.getProperty("trackline.it.node-tools", "target/node"), "node_modules", "@redocly",
                "cli", "bin", "cli.js").toAbsolutePath();
        Process lint;
        try {
            lint = new ProcessBuilder(System.getProperty("trackline.it.node", "node"), cli.toString(), "lint",
                    "openapi.json", "--config", "redocly.yaml", "--format", "stylish", "--max-problems", "500")
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("node runs the OpenAPI linter; scripts/test.sh installs it", e);
        }
        if (!lint.waitFor(2, TimeUnit.MINUTES)) {
            lint.destroyForcibly();
            throw new IllegalStateException("The OpenAPI linter did not finish within 2 minutes");
        }
        return new OpenApiLint(lint.exitValue(), Files.readString(output));
    }
}
