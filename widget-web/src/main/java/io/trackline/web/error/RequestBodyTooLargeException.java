package io.trackline.web.error;

import java.io.IOException;

/** Raised while reading a body that turned out longer than the configured limit. */
public class RequestBodyTooLargeException extends IOException {

    private final long limit;

    public RequestBodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
