package io.trackline.web.security;

import io.trackline.platform.api.AuthenticationFailures;
import io.trackline.platform.api.InvalidSignatureException;
import io.trackline.platform.api.NotAuthenticatedException;
import io.trackline.platform.web.ClientAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;

/**
 * Every authentication of the public API goes through here, so that failures count against the caller's
 * address (and its client id, where the credential names one) and a caller over the limit is refused
 * (429) before its credential is even looked at.
 */
@ApplicationScoped
public class AuthenticationAttempts {

    @Inject
    private AuthenticationFailures failures;

    @Inject
    private ClientAddresses addresses;

    @Inject
    private HttpServletRequest request;

    /**
     * @param client         the client id the credential names, or {@code null} when it names none (a key)
     * @param authentication answers who the caller is, or throws that it is nobody
     */
    public <T> T attempt(String client, Supplier<T> authentication) {
        String address = addresses.of(request);
        failures.checkAllowed(address, client);
        try {
            T caller = authentication.get();
            failures.succeeded(client);
            return caller;
        } catch (NotAuthenticatedException | InvalidSignatureException refused) {
            failures.failed(address, client);
            throw refused;
        }
    }
}
