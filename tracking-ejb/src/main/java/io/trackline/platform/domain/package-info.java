/**
 * Dashboard user accounts and their roles, and what every partner secret (key, token) has in common.
 *
 * <p>The ports storage implements: {@code UserAccountRepository}, {@code ApiClientRepository},
 * {@code AccessRecords}, {@code StoredSecrets}, {@code DemoSeedRuns}, {@code OwnedSecrets}. JPA owns
 * {@code user_account} (listed, changed and removed through the entity: {@code @Version} counts a password
 * change) and {@code api_client} (revoked through the entity); the admin's list of clients is a JDBC read.
 * The start-up migration of secrets at rest rewrites the hashes of {@code access_key}, {@code mmp_app_token}
 * and {@code api_client} with JDBC, before anything else reads them.
 */
package io.trackline.platform.domain;
