/**
 * The dashboard at {@code /dashboard}: Jakarta Faces pages (PrimeFaces, served from the application), a
 * form login against the users in the database, and backing beans that call the same services as the API,
 * which check the signed-in user's role and tenant themselves.
 */
package io.trackline.dashboard;
