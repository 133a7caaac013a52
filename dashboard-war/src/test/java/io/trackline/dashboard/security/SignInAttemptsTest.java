package io.trackline.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.trackline.platform.api.AuthenticationFailures;
import io.trackline.platform.api.TooManyRequestsException;
import io.trackline.platform.web.ClientAddresses;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

    private static final String ADDRESS = "198.51.100.7";

    /** Records what the sign-in tells the counters; refuses the keys it is told to. */
    private static final class RecordingFailures implements AuthenticationFailures {
        final List<String> calls = new ArrayList<>();
        String refusedClient;

        @Override
        public void checkAllowed(String address, String client) {
            calls.add("check " + address + " " + client);
            if (client.equals(refusedClient)) {
                throw new TooManyRequestsException("Too many", 42);
            }
        }

        @Override
        public void failed(String address, String client) {
            calls.add("failed " + address + " " + client);
        }

        @Override
        public void succeeded(String client) {
            calls.add("succeeded " + client);
        }
    }

    private final RecordingFailures failures = new RecordingFailures();
    private final SignInAttempts attempts = new SignInAttempts();
    private final AtomicInteger passwordChecks = new AtomicInteger();

    @BeforeEach
    void wire() {
        attempts.failures = failures;
        attempts.addresses = new ClientAddresses() {
            @Override
            public String of(HttpServletRequest request) {
                return ADDRESS;
            }
        };
    }

    @Test
    void aFailedSignInCountsAgainstTheAddressAndTheUsername() {
        assertEquals(AuthenticationStatus.SEND_FAILURE, attempts.attempt(null, "Pat", () -> check(
                AuthenticationStatus.SEND_FAILURE)));

        assertEquals(List.of("check " + ADDRESS + " dashboard:pat", "failed " + ADDRESS + " dashboard:pat"),
                failures.calls);
    }

    @Test
    void aSignInStartsTheUsernameAfresh() {
        assertEquals(AuthenticationStatus.SUCCESS, attempts.attempt(null, "pat", () -> check(
                AuthenticationStatus.SUCCESS)));

        assertEquals(List.of("check " + ADDRESS + " dashboard:pat", "succeeded dashboard:pat"), failures.calls);
    }

    @Test
    void aThrottledAttemptNeverReachesThePasswordCheck() {
        failures.refusedClient = "dashboard:pat";

        TooManyRequestsException refused = assertThrows(TooManyRequestsException.class,
                () -> attempts.attempt(null, "PAT", () -> check(AuthenticationStatus.SUCCESS)));

        assertEquals(42, refused.retryAfterSeconds().getAsLong());
        assertEquals(0, passwordChecks.get(), "not even the right password is looked at");
        assertEquals(List.of("check " + ADDRESS + " dashboard:pat"), failures.calls, "nor counted again");
    }

    @Test
    void usernamesCountWhateverTheirCaseAndApartFromApiClientIds() {
        attempts.attempt(null, "ADMIN", () -> check(AuthenticationStatus.SEND_FAILURE));

        assertEquals("failed " + ADDRESS + " dashboard:admin", failures.calls.get(1));
    }

    private AuthenticationStatus check(AuthenticationStatus answer) {
        passwordChecks.incrementAndGet();
        return answer;
    }
}
