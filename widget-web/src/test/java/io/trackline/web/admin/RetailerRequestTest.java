package io.trackline.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.retail.api.RetailerSettings;
import io.trackline.retail.api.RetailerSettings.SignatureScheme;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A new retailer takes the defaults it does not state; changes leave alone what they do not name. */
class RetailerRequestTest {

    @Test
    void aNewRetailerNeedsAnIdAndANameAndTakesTheDefaultsOfTheRest() {
        RetailerSettings settings = new RetailerRequest(42L, " Shop ", null, new BigDecimal("0.50"), null, true, null,
                null).forNewRetailer();

        assertEquals(new RetailerSettings("Shop", RetailerSettings.DEFAULT_SP_RESERVE, new BigDecimal("0.50"),
                RetailerSettings.DEFAULT_ATTRIBUTION_WINDOW_DAYS, true, RetailerSettings.ImpressionsOn.SERVE,
                SignatureScheme.ANY), settings);
        assertEquals("id", assertThrows(InvalidFieldException.class,
                () -> new RetailerRequest(null, "Shop", null, null, null, null, null, null).forNewRetailer()).field());
        assertEquals("name", assertThrows(InvalidFieldException.class,
                () -> new RetailerRequest(42L, "  ", null, null, null, null, null, null).forNewRetailer()).field());
    }

    @Test
    void changesKeepWhatTheyDoNotName() {
        RetailerSettings current = new RetailerSettings("Shop", new BigDecimal("0.10"), new BigDecimal("0.20"), 14,
                false, RetailerSettings.ImpressionsOn.SERVE, SignatureScheme.ANY);

        assertEquals(new RetailerSettings("Shop", new BigDecimal("0.10"), new BigDecimal("0.20"), 30, false,
                        RetailerSettings.ImpressionsOn.SHOWN, SignatureScheme.ANY),
                new RetailerRequest(null, null, null, null, 30, null, "shown", null).appliedTo(current));
        assertEquals(current, new RetailerRequest(null, null, null, null, null, null, null, null).appliedTo(current));
    }

    @Test
    void aRetailerCanRequireStandardWebhooksAndGoBackToEither() {
        RetailerSettings current = RetailerSettings.defaults("Shop");

        RetailerSettings strict = new RetailerRequest(null, null, null, null, null, null, null, "standard_webhooks")
                .appliedTo(current);

        assertEquals(SignatureScheme.STANDARD_WEBHOOKS, strict.signatureScheme());
        assertEquals(SignatureScheme.ANY, new RetailerRequest(null, null, null, null, null, null, null, "any")
                .appliedTo(strict).signatureScheme());
    }
}
