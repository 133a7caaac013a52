package io.trackline.retail.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.InvalidSignatureException;
import io.trackline.platform.api.ReplayedRequestException;
import io.trackline.retail.api.ReceivedSignature;
import io.trackline.retail.api.ReplayKey;
import io.trackline.retail.api.RetailerSettings.SignatureScheme;
import io.trackline.retail.api.VerifiedRequest;
import io.trackline.retail.domain.CanonicalString;
import io.trackline.retail.domain.HmacSignature;
import io.trackline.retail.domain.StandardWebhooksSignature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which scheme a request is checked by, and what each retailer accepts: the seed's signature unless the
 * retailer requires Standard Webhooks, Standard Webhooks always; every bad signature answered alike.
 */
class SignatureVerifierTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);
    private static final byte[] KEY = "TEST-KEY".getBytes(StandardCharsets.UTF_8);
    private static final String SEED_BODY = "{\n  \"platform_type\": \"WEB_DESKTOP\",\n  \"category\": 3,\n"
            + "  \"uid\": \"123456789\"\n}";
    private static final String SEED_SIGNATURE = "k+OWP4Ma3U+6BEEopquZzqunnB+w7/vCuAbGdl7iJwg=";

    @Test
    void theSeedsSignatureSignsForARetailerAcceptingAny() {
        VerifiedRequest verified = SignatureVerifier.verify(signer(SignatureScheme.ANY, false),
                seed(SEED_BODY, SEED_SIGNATURE), NOW);

        assertEquals(5, verified.retailer().id());
        assertTrue(verified.once().isEmpty(), "no replay protection: nothing to use up");
    }

    @Test
    void aRetailerRequiringStandardWebhooksRefusesTheSeedsSignatureAsAnyBadSignature() {
        InvalidSignatureException refused = assertThrows(InvalidSignatureException.class,
                () -> SignatureVerifier.verify(signer(SignatureScheme.STANDARD_WEBHOOKS, false),
                        seed(SEED_BODY, SEED_SIGNATURE), NOW));
        InvalidSignatureException wrong = assertThrows(InvalidSignatureException.class,
                () -> SignatureVerifier.verify(signer(SignatureScheme.ANY, false), seed(SEED_BODY, "AAAA"), NOW));

        assertEquals(wrong.toProblem(), refused.toProblem(), "nobody learns what a retailer accepts");
    }

    @Test
    void underReplayProtectionTheSeedsSignatureIsKeyedInItsOneSpelling() {
        String body = "{\"uid\":\"1\",\"ts\":" + NOW.getEpochSecond() + "}";
        String signature = HmacSignature.sign(KEY, CanonicalString.of(body));
        String unpadded = signature.replace("=", "");

        VerifiedRequest verified = SignatureVerifier.verify(signer(SignatureScheme.ANY, true), seed(body, unpadded),
                NOW);

        assertEquals(Optional.of(ReplayKey.signature(5, signature)), verified.once());
        assertEquals("ts", assertThrows(InvalidFieldException.class, () -> SignatureVerifier.verify(
                signer(SignatureScheme.ANY, true), seed(SEED_BODY, SEED_SIGNATURE), NOW)).field());
    }

    @Test
    void standardWebhooksSignsForEitherSettingWithItsIdAsTheReplayKey() {
        for (SignatureScheme scheme : SignatureScheme.values()) {
            VerifiedRequest verified = SignatureVerifier.verify(signer(scheme, false),
                    webhook("msg_1", NOW.getEpochSecond(), SEED_BODY, KEY), NOW);

            assertEquals(Optional.of(ReplayKey.webhookId(5, "msg_1")), verified.once(), scheme.name());
            assertEquals(Optional.of("msg_1"), verified.webhookId());
        }
    }

    @Test
    void anyWebhookHeaderMakesItAStandardWebhooksRequestCheckedOnlySo() {
        ReceivedSignature both = new ReceivedSignature(bytes(SEED_BODY), SEED_BODY, SEED_SIGNATURE, "msg_1",
                Long.toString(NOW.getEpochSecond()), "v1,AAAA");
        ReceivedSignature idOnly = new ReceivedSignature(bytes(SEED_BODY), SEED_BODY, SEED_SIGNATURE, "msg_1",
                null, null);

        assertThrows(InvalidSignatureException.class,
                () -> SignatureVerifier.verify(signer(SignatureScheme.ANY, false), both, NOW));
        assertThrows(InvalidSignatureException.class,
                () -> SignatureVerifier.verify(signer(SignatureScheme.ANY, false), idOnly, NOW));
    }

    @Test
    void aTamperedBodyOrAnotherKeyIsABadSignatureAndAStaleTimestampAReplay() {
        ReceivedSignature signed = webhook("msg_1", NOW.getEpochSecond(), SEED_BODY, KEY);
        ReceivedSignature tampered = new ReceivedSignature(bytes(SEED_BODY + " "), SEED_BODY + " ", null,
                signed.webhookId(), signed.webhookTimestamp(), signed.webhookSignature());

        assertThrows(InvalidSignatureException.class,
                () -> SignatureVerifier.verify(signer(SignatureScheme.ANY, false), tampered, NOW));
        assertThrows(InvalidSignatureException.class, () -> SignatureVerifier.verify(signer(SignatureScheme.ANY,
                false), webhook("msg_1", NOW.getEpochSecond(), SEED_BODY, bytes("OTHER")), NOW));
        assertThrows(ReplayedRequestException.class, () -> SignatureVerifier.verify(signer(SignatureScheme.ANY,
                false), webhook("msg_1", NOW.getEpochSecond() - 301, SEED_BODY, KEY), NOW));
        assertThrows(ReplayedRequestException.class, () -> SignatureVerifier.verify(signer(SignatureScheme.ANY,
                false), webhook("msg_1", NOW.getEpochSecond() + 301, SEED_BODY, KEY), NOW));
    }

    private static SigningKeys.Signer signer(SignatureScheme scheme, boolean replayProtection) {
        return new SigningKeys.Signer(5, replayProtection, scheme, List.of(new SigningKeys.SigningKey(KEY,
                NOW.minusSeconds(3600), null)));
    }

    private static ReceivedSignature seed(String body, String signature) {
        return new ReceivedSignature(bytes(body), body, signature, null, null, null);
    }

    private static ReceivedSignature webhook(String id, long timestamp, String body, byte[] key) {
        return new ReceivedSignature(bytes(body), body, null, id, Long.toString(timestamp),
                StandardWebhooksSignature.sign(key, id, timestamp, bytes(body)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
