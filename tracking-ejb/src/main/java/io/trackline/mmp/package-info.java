/**
 * Server-to-server event tracking and attribution for apps and web (seed 001): apps and their S2S tokens,
 * declared events, tracking links and clicks, app users attributed at first sight (click, fingerprint or
 * organic), events with revenue, sessions, and the per-day report.
 *
 * <p>Where transactions begin: in the application layer only. The {@code @Stateless} services
 * ({@code EventService} per group-committed batch, {@code ClickService} per click, {@code ReportService},
 * {@code MmpConsole}, {@code MmpDemoSeed}) are container-managed, {@code REQUIRED}. The CDI beans on the way
 * in ({@code S2STokenService}, {@code DeclaredEvents}, {@code CurrencyConverter} and their cache loaders,
 * {@code EventIntake}, {@code Attributor}'s reads before the write) start none: their JPA reads get a
 * persistence context for the call only and return detached entities (a token's app is fetched with it).
 */
package io.trackline.mmp;
