package org.onestop.platform.web;

import org.onestop.platform.problem.BadRequestException;
import org.springframework.http.HttpHeaders;

/**
 * Optimistic concurrency, one style for every service's API: a versioned resource answers with its version as a
 * strong {@code ETag} ({@code "3"}), and a change names the version it was made over in {@code If-Match}; an older
 * one than the stored is a 409 that names the current one. {@code If-Match} is optional (without it the change
 * applies to what is stored) and {@code *} means any version. The older style, the version in the body
 * ({@code expectedVersion}, {@code expectedRevision}), is still accepted until the APIs' v2 (deprecated,
 * docs/api-reference.md); a request that gives both must give the same.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The strong entity tag of a version. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match names: none for a missing header or {@code *}; else one strong tag of digits, or a 400. */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.length() < 3 || tag.length() > 20 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"'
                || !tag.substring(1, tag.length() - 1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new BadRequestException(HttpHeaders.IF_MATCH,
                    "must be the ETag of the resource as read, such as \"3\" (one strong entity tag)");
        }
        return Long.parseLong(tag.substring(1, tag.length() - 1));
    }

    /**
     * The version a change is made over: If-Match's, else the body's deprecated field; both given and different
     * is a 400 naming If-Match.
     */
    public static Long expected(String ifMatch, Long fromBody) {
        Long fromHeader = expected(ifMatch);
        if (fromHeader != null && fromBody != null && !fromHeader.equals(fromBody)) {
            throw new BadRequestException(HttpHeaders.IF_MATCH,
                    "names version " + fromHeader + " but the body names " + fromBody + ": give one (If-Match)");
        }
        return fromHeader != null ? fromHeader : fromBody;
    }
}
