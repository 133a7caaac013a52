package io.trackline.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class S2STokenInterceptorTest {

    @ParameterizedTest
    @ValueSource(strings = {"s2s-secret", "Bearer s2s-secret", "bearer s2s-secret", "BEARER s2s-secret",
            " Bearer  s2s-secret "})
    void theHeaderCarriesTheTokenWithOrWithoutItsScheme(String header) {
        assertEquals("s2s-secret", S2STokenInterceptor.token(Optional.of(header), Optional.empty()));
    }

    @Test
    void theHeaderWinsOverTheParameter() {
        assertEquals("from-header", S2STokenInterceptor.token(Optional.of("Bearer from-header"),
                Optional.of("from-parameter")));
    }

    @Test
    void withoutAHeaderTheParameterIsTheToken() {
        assertEquals("from-parameter", S2STokenInterceptor.token(Optional.empty(), Optional.of("from-parameter")));
    }

    @Test
    void withNeitherThereIsNoToken() {
        assertNull(S2STokenInterceptor.token(Optional.empty(), Optional.empty()));
    }
}
