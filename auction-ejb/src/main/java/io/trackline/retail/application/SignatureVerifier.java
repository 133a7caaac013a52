package io.trackline.retail.application;

import io.trackline.platform.api.InvalidSignatureException;
import io.trackline.platform.api.ReplayedRequestException;
import io.trackline.retail.api.ReceivedSignature;
import io.trackline.retail.api.ReplayKey;
import io.trackline.retail.api.RetailerRef;
import io.trackline.retail.api.RetailerSettings.SignatureScheme;
import io.trackline.retail.api.SignatureVerification;
import io.trackline.retail.api.VerifiedRequest;
import io.trackline.retail.api.WebhookHeaders;
import io.trackline.retail.domain.CanonicalString;
import io.trackline.retail.domain.HmacSignature;
import io.trackline.retail.domain.StandardWebhooksSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a retail request: the retailer exists and one of its keys valid now signed the request, in one of
 * the two schemes. A request with any {@code webhook-*} header is Standard Webhooks and checked only so; its
 * timestamp must be within 300 s of now. Otherwise {@code X-STREAEM-HASH} is the HMAC of the body's
 * canonical string, accepted unless the retailer requires Standard Webhooks; under the retailer's replay
 * protection its signed {@code ts} must be recent. Every failure of the signature answers alike (400), so
 * nobody learns which retailers exist or what they accept; a stale timestamp under a valid signature is 409.
 * The request's replay key goes to {@link ReplayProtection}, which uses it up once the request succeeded.
 */
@ApplicationScoped
public class SignatureVerifier implements SignatureVerification {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    @Inject
    private SigningKeys signingKeys;

    @Inject
    private Clock clock;

    public VerifiedRequest verify(String retailerId, ReceivedSignature received) {
        if (retailerId == null || !ID.matcher(retailerId).matches()) {
            throw new InvalidSignatureException();
        }
        return verify(signingKeys.signer(Long.parseLong(retailerId)).orElseThrow(InvalidSignatureException::new),
                received, Instant.now(clock));
    }

    static VerifiedRequest verify(SigningKeys.Signer signer, ReceivedSignature received, Instant now) {
        if (!WebhookHeaders.anyPresent(received.webhookId(), received.webhookTimestamp(),
                received.webhookSignature())) {
            return seed(signer, received, now);
        }
        WebhookHeaders headers = WebhookHeaders.parse(received.webhookId(), received.webhookTimestamp(),
                received.webhookSignature()).orElseThrow(InvalidSignatureException::new);
        return standardWebhooks(signer, headers, received.body(), now);
    }

    private static VerifiedRequest standardWebhooks(SigningKeys.Signer signer, WebhookHeaders headers, byte[] body,
                                                    Instant now) {
        if (!StandardWebhooksSignature.matches(headers.signatures(), signer.keysAt(now), headers.id(),
                headers.timestamp(), body)) {
            throw new InvalidSignatureException();
        }
        if (!headers.freshAt(now)) {
            throw new ReplayedRequestException("The webhook-timestamp is more than "
                    + WebhookHeaders.TOLERANCE_SECONDS + " s away from now: sign each attempt when it is sent.");
        }
        return new VerifiedRequest(new RetailerRef(signer.retailerId()),
                ReplayKey.webhookId(signer.retailerId(), headers.id()));
    }

    private static VerifiedRequest seed(SigningKeys.Signer signer, ReceivedSignature received, Instant now) {
        String signature = received.streaemHash();
        if (signer.scheme() != SignatureScheme.ANY || signature == null || signature.isBlank()) {
            throw new InvalidSignatureException();
        }
        String canonical;
        try {
            canonical = CanonicalString.of(received.text());
        } catch (JsonException | IllegalArgumentException e) {
            throw new InvalidSignatureException();
        }
        String signed = signedBy(signer.keysAt(now), signature, canonical)
                .orElseThrow(InvalidSignatureException::new);
        RetailerRef retailer = new RetailerRef(signer.retailerId());
        if (!signer.replayProtection()) {
            return new VerifiedRequest(retailer, null);
        }
        SignedTimestamp.check(received.text(), now);
        return new VerifiedRequest(retailer, ReplayKey.signature(retailer.id(), signed));
    }

    /**
     * The signature in its one Base64 spelling, when a key made it: the replay key, so that the same
     * signature spelled without its padding is the same request.
     */
    private static Optional<String> signedBy(List<byte[]> keys, String signature, String canonical) {
        return keys.stream().filter(key -> HmacSignature.matches(signature, key, canonical)).findFirst()
                .map(key -> HmacSignature.sign(key, canonical));
    }
}
