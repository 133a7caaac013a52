package io.trackline.platform.api;

/**
 * Who calls the management API: an API client's id, its role (lower case, as the token's groups carry it)
 * and its tenant ({@code null} for an admin).
 */
public record ApiCaller(String clientId, String role, String tenant) {

    public static final String ADMIN = "admin";

    public boolean admin() {
        return ADMIN.equals(role);
    }
}
