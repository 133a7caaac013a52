package io.trackline.web.retail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The current request's body exactly as sent (checked UTF-8, and parsed the strict way once:
 * {@link io.trackline.web.input.StrictJson}), and its {@code X-STREAEM-HASH} header.
 */
@RequestScoped
public class SignedBody {

    public static final String SIGNATURE_HEADER = "X-STREAEM-HASH";

    private String text = "";
    private JsonValue json;
    private String signature;

    void read(String body, JsonValue parsed, String signatureHeader) {
        this.text = body;
        this.json = parsed;
        this.signature = signatureHeader;
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
}
