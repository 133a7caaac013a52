package io.trackline.web.influencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PostbackRequestTest {

    @Test
    void stringsAreTrimmedBlanksDroppedAndCountriesUpperCased() {
        PostbackRequest request = new PostbackRequest(" influ_test ", "product", "", null, " ", "Influencer",
                " twitch", " 132.244.133.122", "fr", "Mozilla/5.0 ", null).normalized();

        assertEquals("influ_test", request.influencerId());
        assertNull(request.eventType());
        assertNull(request.campaign());
        assertEquals("twitch", request.source());
        assertEquals("132.244.133.122", request.ip());
        assertEquals("FR", request.country());
        assertEquals("Mozilla/5.0", request.userAgent());
    }
}
