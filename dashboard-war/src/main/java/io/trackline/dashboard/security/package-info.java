/**
 * Signing in (a form, checked against the users' PBKDF2 hashes, an unknown username as slowly as a wrong
 * password), its abuse limit, who is signed in, and the pages' security headers.
 *
 * <p>State: no session before a sign-in (the login page is stateless); after it, the container's session and
 * single sign-on cookie, as before. The counters of failed sign-ins are {@code FailedAuthentications}',
 * in this node's memory: with two nodes each counts on its own (n nodes, n times the limit); after a kill -9
 * they start from zero; neither matters to a limit that only has to make guessing slow. While the database
 * is down nobody can sign in, but the counters still refuse (429) whoever is over the limit.
 */
package io.trackline.dashboard.security;
