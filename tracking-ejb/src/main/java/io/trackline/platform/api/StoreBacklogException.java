package io.trackline.platform.api;

/**
 * What is written behind the response has piled up beyond its bound, because the database is slow or
 * down: the request is refused (503, worth a retry) rather than accepted and then lost.
 */
public class StoreBacklogException extends RuntimeException {

    public StoreBacklogException(String detail) {
        super(detail);
    }
}
