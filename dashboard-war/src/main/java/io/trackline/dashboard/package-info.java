/**
 * The dashboard at {@code /dashboard}: Jakarta Faces pages (PrimeFaces, served from the application), a
 * form login against the users in the database, and backing beans that call the same services as the API,
 * which check the signed-in user's role and tenant themselves. The beans see the EJB modules only through
 * their contexts' {@code api} packages (and the shared {@code io.trackline.platform.web} helpers): they
 * inject the interfaces there, which the application services implement (ArchitectureTest).
 */
package io.trackline.dashboard;
