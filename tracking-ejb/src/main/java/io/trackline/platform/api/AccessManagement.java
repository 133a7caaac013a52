package io.trackline.platform.api;

import java.util.List;

/**
 * Who may sign in to the dashboard and which API clients may call the management API, managed by an
 * admin: every call is refused (403) unless the caller is one.
 */
public interface AccessManagement {

    List<UserView> users(DashboardUser admin);

    void addUser(DashboardUser admin, String username, char[] password, String role, String tenant);

    void resetPassword(DashboardUser admin, String username, char[] password);

    /** Removes the user: it cannot sign in again, and its open sessions end at their next page. */
    void removeUser(DashboardUser admin, String username);

    List<ApiClientView> apiClients(DashboardUser admin);

    /** A new client; its secret is in the answer and nowhere else. */
    IssuedSecret registerApiClient(DashboardUser admin, String label, String role, String tenant);

    /** Revokes the client: it gets no new token, and the tokens it has expire within their 15 minutes. */
    void revokeApiClient(DashboardUser admin, String clientId);
}
