package io.trackline.web.retail;

import jakarta.enterprise.context.RequestScoped;

/** The current request's body exactly as sent, and its {@code X-STREAEM-HASH} header. */
@RequestScoped
public class SignedBody {

    public static final String SIGNATURE_HEADER = "X-STREAEM-HASH";

    private String text = "";
    private String signature;

    void read(String body, String signatureHeader) {
        this.text = body;
        this.signature = signatureHeader;
    }

    public String text() {
        return text;
    }

    public String signature() {
        return signature;
    }
}
