package io.trackline.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WireNamesTest {

    @Test
    void javaNamesBecomeSnakeCase() {
        assertEquals("influencer_id", WireNames.snakeCase("influencerId"));
        assertEquals("s2s_token", WireNames.snakeCase("s2sToken"));
        assertEquals("product", WireNames.snakeCase("product"));
        assertEquals("", WireNames.snakeCase(null));
    }
}
