/**
 * The management API: {@code POST /api/auth/token} exchanges an API client's id and secret for a
 * short-lived JWT, and the {@code /api/admin/**} resources, protected by MicroProfile JWT (roles from the
 * token's {@code groups}, the tenant from its {@code tenant} claim), manage what the dashboard manages.
 */
package io.trackline.web.admin;
