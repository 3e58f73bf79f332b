package org.onestop.platform.identifiers;

/**
 * How a personal identifier may be shown in a response, a log line or an event: the first 6 and
 * the last 4 characters, everything between replaced by {@code *}
 * ({@code 110105********002X}). Anything of 10 characters or fewer is hidden entirely.
 */
public final class Masked {

    private static final int SHOWN_FIRST = 6;
    private static final int SHOWN_LAST = 4;

    public static String identifier(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() <= SHOWN_FIRST + SHOWN_LAST) {
            return "*".repeat(value.length());
        }
        return value.substring(0, SHOWN_FIRST) + "*".repeat(value.length() - SHOWN_FIRST - SHOWN_LAST)
                + value.substring(value.length() - SHOWN_LAST);
    }

    private Masked() {
    }
}
