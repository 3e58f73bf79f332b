package org.onestop.portal.catalog.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onestop.platform.rules.RuleViolation;

/**
 * What a person typed into the catalog's search box, and how it is looked up: three characters
 * or more by the name's trigram index, two by its bigram index (Chinese words are often two
 * characters: 社保, 户口), one by a scan. The exact item code always matches too.
 *
 * @param text the query, trimmed, inner whitespace collapsed
 */
public record SearchQuery(String text) {

    public static final int MAX_LENGTH = 100;
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{6,}[\\dXx]+");

    /** How a query is matched against item names. */
    public enum Match {
        /** {@code lower(name) like %q%}, served by the trigram (pg_trgm) GIN index on {@code lower(name)}. */
        TRIGRAM,
        /** {@code name_bigrams @> {q}}, served by the bigram GIN index. */
        BIGRAM,
        /** {@code lower(name) like %q%} over the listed items: one character is in too many names for an index to help. */
        SCAN
    }

    /** The query, or null when nothing was typed; longer than {@value #MAX_LENGTH} characters is a 400. */
    public static SearchQuery of(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip().replaceAll("\\s+", " ");
        if (text.length() > MAX_LENGTH) {
            throw new RuleViolation("q", "must be at most " + MAX_LENGTH + " characters");
        }
        return new SearchQuery(text);
    }

    public Match match() {
        int length = text.codePointCount(0, text.length());
        if (length >= 3) {
            return Match.TRIGRAM;
        }
        return length == 2 ? Match.BIGRAM : Match.SCAN;
    }

    /**
     * The lower-cased text as a LIKE pattern matching it anywhere in a lower-cased name, with
     * LIKE's own wildcards taken literally.
     */
    public String containsPattern() {
        return "%" + lowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The lower-cased text, as the bigram array holds it. */
    public String bigram() {
        return lowerCase();
    }

    private String lowerCase() {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * The text as it may be recorded for the indicators: every run of seven or more digits (an
     * identity number, a mobile number, a bank card typed into the box) masked, keeping the first
     * 6 and last 4 of identity-length runs and the first 3 and last 4 of shorter ones.
     */
    public String masked() {
        Matcher matcher = LONG_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String run = matcher.group();
            int keepHead = run.length() >= 15 ? 6 : 3;
            String mask = run.substring(0, keepHead) + "*".repeat(run.length() - keepHead - 4)
                    + run.substring(run.length() - 4);
            matcher.appendReplacement(out, Matcher.quoteReplacement(mask));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
