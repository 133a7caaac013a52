package io.trackline.platform.api;

import java.util.Optional;

/** The dashboard's user accounts, as signing in and the signed-in user filter see them. */
public interface UserAccounts {

    /**
     * The user of that username and password, or nothing. An unknown username costs a password check too,
     * so that it takes as long to refuse as a wrong password.
     */
    Optional<DashboardUser> authenticate(String username, char[] password);

    Optional<DashboardUser> find(String username);
}
