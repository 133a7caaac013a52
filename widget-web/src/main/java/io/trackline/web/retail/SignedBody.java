package io.trackline.web.retail;

import io.trackline.retail.api.ReceivedSignature;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;

/**
 * The current request's body exactly as sent (its bytes and their text, checked UTF-8 and parsed the strict
 * way once: {@link io.trackline.web.input.StrictJson}), its {@code X-STREAEM-HASH} header and its Standard
 * Webhooks headers.
 */
@RequestScoped
public class SignedBody {

    public static final String SIGNATURE_HEADER = "X-STREAEM-HASH";

    private String text = "";
    private JsonValue json;
    private String signature;
    private byte[] bytes = new byte[0];
    private String webhookId;
    private String webhookTimestamp;
    private String webhookSignature;

    /** The body as sent (what Standard Webhooks signs), its strict reading, and the signature headers. */
    void read(byte[] body, JsonValue parsed, String signatureHeader, String id, String timestamp,
              String signatures) {
        this.bytes = body;
        this.text = new String(body, StandardCharsets.UTF_8);
        this.json = parsed;
        this.signature = signatureHeader;
        this.webhookId = id;
        this.webhookTimestamp = timestamp;
        this.webhookSignature = signatures;
    }

    public String text() {
        return text;
    }

    /** The body as a JSON object; a missing body or another JSON value is the caller's 400. */
    public JsonObject object() {
        return SignedJson.object(json);
    }

    public String signature() {
        return signature;
    }

    /** What the signature check needs of the request. */
    public ReceivedSignature received() {
        return new ReceivedSignature(bytes, text, signature, webhookId, webhookTimestamp, webhookSignature);
    }
}
