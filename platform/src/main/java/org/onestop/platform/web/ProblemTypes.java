package org.onestop.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;

/**
 * The stable {@code type} of every problem the services answer with (RFC 9457), for clients to switch on: URNs,
 * absolute and never fetched. The API reference lists them ("Problems").
 */
public final class ProblemTypes {

    public static final URI INVALID_REQUEST = of("invalid-request");
    public static final URI MALFORMED_BODY = of("malformed-body");
    public static final URI BODY_OUT_OF_BOUNDS = of("body-out-of-bounds");
    public static final URI BODY_TOO_LARGE = of("body-too-large");
    public static final URI UNAUTHORIZED = of("unauthorized");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI NOT_ACCEPTABLE = of("not-acceptable");
    public static final URI STATE_CONFLICT = of("state-conflict");
    public static final URI CHANGED_BY_SOMEONE_ELSE = of("changed-by-someone-else");
    public static final URI DATA_CONFLICT = of("data-conflict");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI TOO_MANY_REQUESTS = of("too-many-requests");
    public static final URI LOCKED = of("locked");
    public static final URI INTERNAL_ERROR = of("internal-error");
    public static final URI UNAVAILABLE = of("unavailable");
    /** Any other status: its own number. */
    public static final String PREFIX = "urn:onestop:problem:";

    private ProblemTypes() {
    }

    /** The type of a problem known only by its status (Spring's own refusals, filters). */
    public static URI forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> STATE_CONFLICT;
            case 413 -> BODY_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 423 -> LOCKED;
            case 429 -> TOO_MANY_REQUESTS;
            case 500 -> INTERNAL_ERROR;
            case 502, 503, 504 -> UNAVAILABLE;
            default -> of("http-" + status.value());
        };
    }

    private static URI of(String name) {
        return URI.create(PREFIX + name);
    }
}
