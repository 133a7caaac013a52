/**
 * The platform kernel every context stands on: the schema migrations, the demo-data mechanism, dashboard
 * user accounts, database health and the RFC 9457 problem type.
 *
 * <p>It lives in {@code tracking-ejb} because the design card has no shared library module; the other
 * modules may use {@code io.trackline.platform} but never the domain packages of this module.
 *
 * <p>Where transactions begin: in the application layer. The {@code @Stateless} services
 * ({@code AccessAdministration}, {@code ApiClientService}, {@code UserAccountService},
 * {@code PlatformDemoSeed}; {@code DatabaseHealth} with none, {@code NOT_SUPPORTED}) are container-managed.
 * The start-up singletons manage their own ({@code SecretsAtRest} holds one for the whole migration;
 * {@code DemoData} holds none, each seed commits its own). {@code DailyHashKeyStore} begins one of its own
 * ({@code REQUIRES_NEW}, so that a day's key is there for every node at once), and so does
 * {@code VisitorHashing}'s hourly timer. The one enterprise bean in infrastructure that begins a transaction
 * is {@code SchemaMigrator}, which runs Flyway at start, before any service.
 */
package io.trackline.platform;
