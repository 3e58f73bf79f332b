package org.onestop.portal.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords anyone would try first: the 10,000 most common ones (resource
 * {@code identity/common-passwords.txt}, its source noted there), also with digits or symbols
 * added before or after ({@code password1234}), and passwords that are mostly a run of a sequence
 * or of one character ({@code Aa1234567890}, {@code aaaaaaaaaa1}).
 */
public final class CommonPasswords {

    private static final Set<String> LIST = load();
    private static final int SHORTEST_CORE = 4;
    private static final int RUN = 3;

    private CommonPasswords() {
    }

    public static int size() {
        return LIST.size();
    }

    public static boolean isTooEasy(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (LIST.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^a-z]+", "").replaceAll("[^a-z]+$", "");
        if (core.length() >= SHORTEST_CORE && LIST.contains(core)) {
            return true;
        }
        return withoutRuns(lower).length() < SHORTEST_CORE;
    }

    /**
     * What is left of the password once runs of {@value #RUN} or more characters that step by one ({@code 1234},
     * {@code cba}) or repeat one character ({@code aaa}) are taken out.
     */
    static String withoutRuns(String text) {
        StringBuilder left = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = i + 1;
            if (end < text.length()) {
                int step = text.charAt(end) - text.charAt(i);
                if (step >= -1 && step <= 1) {
                    while (end < text.length() && text.charAt(end) - text.charAt(end - 1) == step) {
                        end++;
                    }
                }
            }
            if (end - i >= RUN) {
                i = end;
            } else {
                left.append(text.charAt(i));
                i++;
            }
        }
        return left.toString();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = CommonPasswords.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
