package io.trackline.web.security;

import io.trackline.platform.api.ApiCaller;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The management API's caller, as its verified token tells. */
public final class ApiCallers {

    private ApiCallers() {
    }

    public static ApiCaller of(JsonWebToken token) {
        Set<String> groups = token.getGroups();
        String role = groups == null || groups.isEmpty() ? "" : groups.iterator().next();
        return new ApiCaller(token.getName(), role, token.getClaim(JwtIssuer.TENANT_CLAIM));
    }
}
