package org.onestop.datasharing.linkcheck.domain;

/**
 * What a link check found: a link is valid when its server answers with a success or a redirect
 * (the redirect itself is not followed), invalid when it answers with an error, does not answer in
 * time, cannot be reached, or was not asked at all because the link may not be checked.
 *
 * @param statusCode the HTTP status the server answered with, null when it did not answer
 * @param problem    why the link is invalid, null when it is valid
 */
public record LinkVerdict(boolean valid, Integer statusCode, String problem) {

    /** The server's answer: 2xx and 3xx are valid. */
    public static LinkVerdict answered(int statusCode) {
        boolean valid = statusCode >= 200 && statusCode < 400;
        return new LinkVerdict(valid, statusCode, valid ? null : "HTTP " + statusCode);
    }

    /** No answer: unknown host, refused or reset connection, timeout. */
    public static LinkVerdict unreachable(String reason) {
        return new LinkVerdict(false, null, reason);
    }

    /** Not checked: the link is no http(s) URL or leads to an address the checker does not call. */
    public static LinkVerdict refused(String reason) {
        return new LinkVerdict(false, null, reason);
    }

    /** Whether a server that refuses HEAD should be asked again with a GET. */
    public boolean headNotAllowed() {
        return statusCode != null && (statusCode == 405 || statusCode == 501);
    }
}
