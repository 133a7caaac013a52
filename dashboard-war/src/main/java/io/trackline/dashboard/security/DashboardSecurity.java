package io.trackline.dashboard.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Whom the dashboard knows: the users of {@code user_account}, their passwords checked against PBKDF2
 * hashes (whose cost and salt each hash carries; see {@code PasswordHashing}), their groups their role.
 * {@link DashboardAuthentication} signs them in through this identity store.
 */
@DatabaseIdentityStoreDefinition(dataSourceLookup = "jdbc/trackline",
        callerQuery = "SELECT password_hash FROM user_account WHERE username = ?",
        groupsQuery = "SELECT LOWER(role) FROM user_account WHERE username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@DeclareRoles({DashboardRoles.ADMIN, DashboardRoles.BRAND, DashboardRoles.APP_OWNER, DashboardRoles.RETAILER,
        DashboardRoles.ADVERTISER})
@ApplicationScoped
public class DashboardSecurity {
}
