package io.trackline.dashboard.security;

import io.trackline.platform.api.AuthenticationFailures;
import io.trackline.platform.web.ClientAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The abuse limit on the dashboard's sign-in, as the public API has it ({@link AuthenticationFailures}):
 * each failed sign-in counts against the visitor's address and the username tried; past either limit, an
 * attempt is refused (429) before its password is looked at; a user who gets in starts afresh.
 */
@ApplicationScoped
public class SignInAttempts {

    /** Usernames count apart from the API's client ids, and whatever their case. */
    private static final String USERNAME_KEY = "dashboard:";

    @Inject
    AuthenticationFailures failures;

    @Inject
    ClientAddresses addresses;

    /**
     * @param signIn checks the username and password, answering what Jakarta Security does
     * @throws io.trackline.platform.api.TooManyRequestsException refused unchecked: too many failures lately
     */
    public AuthenticationStatus attempt(HttpServletRequest request, String username,
                                        Supplier<AuthenticationStatus> signIn) {
        String address = addresses.of(request);
        String counted = USERNAME_KEY + username.toLowerCase(Locale.ROOT);
        failures.checkAllowed(address, counted);
        AuthenticationStatus status = signIn.get();
        if (status == AuthenticationStatus.SUCCESS) {
            failures.succeeded(counted);
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            failures.failed(address, counted);
        }
        return status;
    }
}
