/**
 * The platform kernel every context stands on: the schema migrations, the demo-data mechanism, dashboard
 * user accounts, database health and the RFC 9457 problem type.
 *
 * <p>It lives in {@code tracking-ejb} because the design card has no shared library module; the other
 * modules may use {@code io.trackline.platform} but never the domain packages of this module.
 */
package io.trackline.platform;
