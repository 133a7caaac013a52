/**
 * Signing in (a form, checked against the users' PBKDF2 hashes), who is signed in, and the pages'
 * security headers.
 */
package io.trackline.dashboard.security;
