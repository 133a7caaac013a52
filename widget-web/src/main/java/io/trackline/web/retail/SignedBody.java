package io.trackline.web.retail;

import io.trackline.retail.api.ReceivedSignature;
import jakarta.enterprise.context.RequestScoped;

/**
 * The current request's body exactly as sent (its bytes, and its text), its {@code X-STREAEM-HASH} header
 * and its Standard Webhooks headers.
 */
@RequestScoped
public class SignedBody {

    public static final String SIGNATURE_HEADER = "X-STREAEM-HASH";

    private String text = "";
    private String signature;
    private byte[] bytes = new byte[0];
    private String webhookId;
    private String webhookTimestamp;
    private String webhookSignature;

    void read(String body, String signatureHeader) {
        this.text = body;
        this.signature = signatureHeader;
    }

    /** The body's bytes as sent (what Standard Webhooks signs), and the {@code webhook-*} headers. */
    void webhook(byte[] body, String id, String timestamp, String signatures) {
        this.bytes = body;
        this.webhookId = id;
        this.webhookTimestamp = timestamp;
        this.webhookSignature = signatures;
    }

    public String text() {
        return text;
    }

    public String signature() {
        return signature;
    }

    /** What the signature check needs of the request. */
    public ReceivedSignature received() {
        return new ReceivedSignature(bytes, text, signature, webhookId, webhookTimestamp, webhookSignature);
    }
}
