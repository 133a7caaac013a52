/**
 * The public face of Trackline at context root {@code /}: the JAX-RS application of every partner API
 * and the management API, the live widget stream and the overlay. Wire JSON is snake_case. It sees the EJB
 * modules only through their contexts' {@code api} packages (and the shared {@code io.trackline.platform.web}
 * helpers): it injects the interfaces there, which the application services implement (ArchitectureTest).
 *
 * <p>The ingestion and auction resources are {@code @ApplicationScoped}: what they know of a request comes
 * from request-scoped beans (the authenticated caller, the signed body), and an intercepted request-scoped
 * resource would cost Weld a reflective instantiation on every request.
 */
package io.trackline.web;
