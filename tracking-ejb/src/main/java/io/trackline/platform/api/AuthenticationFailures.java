package io.trackline.platform.api;

/**
 * The abuse limit on failed authentication, which every way of signing in or of authenticating a request
 * consults: an address or client that failed too often lately is refused (429).
 */
public interface AuthenticationFailures {

    /**
     * Refuses (429) an attempt from an address, or for a client (a client id, a username; {@code null} when
     * the credential names none), that has failed too often lately.
     */
    void checkAllowed(String address, String client);

    void failed(String address, String client);

    /** A client that got in starts afresh (its address does not: other clients may be guessed from it). */
    void succeeded(String client);
}
