package io.trackline.platform.domain;

import io.trackline.platform.api.ApiClientView;
import java.util.List;

/** The API clients as an admin manages them, and whether a tenant given to a user or client exists. */
public interface AccessRecords {

    List<ApiClientView> apiClients();

    /** Whether the tenant of a user or client of that role exists. */
    boolean tenantExists(Role role, String tenant);
}
