package io.trackline.platform.application;

import io.trackline.platform.api.AccessDeniedException;
import io.trackline.platform.api.AccessManagement;
import io.trackline.platform.api.ApiClientView;
import io.trackline.platform.api.ConflictException;
import io.trackline.platform.api.DashboardUser;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.IssuedSecret;
import io.trackline.platform.api.UnknownResourceException;
import io.trackline.platform.api.UserView;
import io.trackline.platform.domain.AccessRecords;
import io.trackline.platform.domain.ApiClient;
import io.trackline.platform.domain.ApiClientRepository;
import io.trackline.platform.domain.Role;
import io.trackline.platform.domain.UserAccount;
import io.trackline.platform.domain.UserAccountRepository;
import io.trackline.platform.infrastructure.PasswordHashing;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who may use Trackline, as an admin manages it: the dashboard's users (added with a role and a tenant
 * that exists, their passwords reset, removed) and the management API's clients (registered with their
 * secret shown once, revoked). Every call is an admin's; anyone else is refused (403).
 */
@Stateless
@Local(AccessManagement.class)
public class AccessAdministration implements AccessManagement {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 200;
    static final int MAX_LABEL = 100;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

    @Inject
    private AccessRecords access;

    @Inject
    private UserAccountRepository users;

    @Inject
    private ApiClientRepository apiClients;

    @Inject
    private PasswordHashing passwords;

    @EJB
    private UserAccountService accounts;

    @EJB
    private ApiClientService clients;

    public List<UserView> users(DashboardUser admin) {
        requireAdmin(admin);
        return users.all().stream().map(account -> new UserView(account.username(),
                account.role().name().toLowerCase(Locale.ROOT), account.tenant(), account.createdAt())).toList();
    }

    public void addUser(DashboardUser admin, String username, char[] password, String role, String tenant) {
        requireAdmin(admin);
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidFieldException("username", "A username is 3 to 100 letters, digits, '.', '_', '@' or '-'.");
        }
        checkPassword(password);
        Role granted = role(role);
        String tenantId = tenant(granted, tenant);
        if (!accounts.registerIfAbsent(username, password, granted, tenantId)) {
            throw new ConflictException("The username '" + username + "' is taken.");
        }
    }

    public void resetPassword(DashboardUser admin, String username, char[] password) {
        requireAdmin(admin);
        checkPassword(password);
        account(username).changePassword(passwords.hash(password));
    }

    /** Removes the user: it cannot sign in again, and its open sessions end at their next page. */
    public void removeUser(DashboardUser admin, String username) {
        requireAdmin(admin);
        if (admin.username().equals(username)) {
            throw new ConflictException("An admin does not remove itself; another admin can.");
        }
        users.remove(account(username));
    }

    public List<ApiClientView> apiClients(DashboardUser admin) {
        requireAdmin(admin);
        return access.apiClients();
    }

    /** A new client; its secret is in the answer and nowhere else. */
    public IssuedSecret registerApiClient(DashboardUser admin, String label, String role, String tenant) {
        requireAdmin(admin);
        if (label == null || label.isBlank() || label.length() > MAX_LABEL) {
            throw new InvalidFieldException("label", "Give the client a label of at most 100 characters.");
        }
        Role granted = role(role);
        return clients.register(null, label.strip(), granted, tenant(granted, tenant));
    }

    /** Revokes the client: it gets no new token, and the tokens it has expire within their 15 minutes. */
    public void revokeApiClient(DashboardUser admin, String clientId) {
        requireAdmin(admin);
        apiClients.findByClientId(clientId).filter(ApiClient::active)
                .orElseThrow(() -> new UnknownResourceException("No active API client '" + clientId + "'."))
                .revoke(Instant.now());
    }

    private UserAccount account(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> new UnknownResourceException("No user '" + username + "'."));
    }

    private static void requireAdmin(DashboardUser user) {
        if (!user.admin()) {
            throw new AccessDeniedException("Only an admin manages users and API clients.");
        }
    }

    private static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
            throw new InvalidFieldException("password", "A password is 12 to 200 characters.");
        }
    }

    private static Role role(String role) {
        try {
            return Role.valueOf(role == null ? "" : role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("role", "The role is admin, brand, app_owner, retailer or advertiser.");
        }
    }

    private String tenant(Role role, String tenant) {
        String tenantId = tenant == null || tenant.isBlank() || role == Role.ADMIN ? null : tenant.strip();
        if (role != Role.ADMIN && !access.tenantExists(role, tenantId)) {
            throw new InvalidFieldException("tenant", "No " + role.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " '" + tenant + "' exists to work in.");
        }
        return tenantId;
    }
}
