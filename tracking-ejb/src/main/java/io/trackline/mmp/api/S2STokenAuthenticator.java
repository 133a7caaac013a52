package io.trackline.mmp.api;

/** Tells which app a server-to-server token belongs to; a revoked token stops working within seconds. */
public interface S2STokenAuthenticator {

    AppRef authenticate(String rawToken);
}
