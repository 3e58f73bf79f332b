package org.onestop.platform.web;

import java.io.IOException;

/** A request body that grew past {@code onestop.web.bounds.max-body-size} while it was read: a 413. */
final class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
