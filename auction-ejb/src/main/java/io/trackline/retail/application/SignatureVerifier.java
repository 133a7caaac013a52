package io.trackline.retail.application;

import io.trackline.platform.api.InvalidSignatureException;
import io.trackline.retail.api.RetailerRef;
import io.trackline.retail.domain.CanonicalString;
import io.trackline.retail.domain.HmacSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonException;

import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.regex.Pattern;
import java.time.Instant;

/**
 * Checks a retail request: the retailer exists, and {@code X-STREAEM-HASH} is the HMAC of the body's
 * canonical string under one of its keys valid now. Every failure answers alike (400). Under replay
 * protection, the signed {@code ts} must be recent and the signature new.
 */
@ApplicationScoped
public class SignatureVerifier {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    /** Looking the JSON provider up costs a class-loader search: once, not per request. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    @Inject
    private SigningKeys signingKeys;

    @Inject
    private ReplayGuard replayGuard;

    public RetailerRef verify(String retailerId, String signature, String body) {
        if (signature == null || signature.isBlank() || retailerId == null || !ID.matcher(retailerId).matches()) {
            throw new InvalidSignatureException();
        }
        SigningKeys.Signer signer = signingKeys.signer(Long.parseLong(retailerId))
                .orElseThrow(InvalidSignatureException::new);
        String canonical;
        try {
            canonical = CanonicalString.of(body);
        } catch (JsonException | IllegalArgumentException e) {
            throw new InvalidSignatureException();
        }
        Instant now = Instant.now();
        boolean signed = signer.keysAt(now).stream().anyMatch(key -> HmacSignature.matches(signature, key, canonical));
        if (!signed) {
            throw new InvalidSignatureException();
        }
        if (signer.replayProtection()) {
            replayGuard.check(signer.retailerId(), timestamp(body), signature.strip(), now);
        }
        return new RetailerRef(signer.retailerId());
    }

    private static String timestamp(String body) {
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            JsonValue ts = reader.readObject().get("ts");
            if (ts == null || ts.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            return ts instanceof JsonString text ? text.getString() : ts.toString();
        }
    }
}
