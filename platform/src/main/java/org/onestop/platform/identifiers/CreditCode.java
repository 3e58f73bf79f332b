package org.onestop.platform.identifiers;

import java.util.Locale;
import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the
 * 31-character set without I, O, Z, S and V; registration authority (1), organisation category
 * (1), the GB/T 2260 code of the registering region (6 digits), the organisation code (9: eight
 * characters and the check character of GB 11714, modulo 11 with weights 3, 7, 9, 10, 5, 8, 4, 2, X for 10)
 * and a check character computed modulo 31 with weights 3^i. As with identity numbers, what people type is
 * {@link #normalized} (trimmed, lower case raised) before it is checked and stored.
 */
public final class CreditCode {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** The code as it is checked, compared and stored: trimmed, lower case raised (as identity numbers are). */
    public static String normalized(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** What is wrong with the (normalized) code, or empty when it is a valid code. */
    public static Optional<String> problemWith(String code) {
        if (code == null || code.length() != LENGTH) {
            return Optional.of("must be 18 characters");
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " is not one of " + CHARACTERS);
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Optional.of("characters 3 to 8 must be the digits of a region code");
            }
        }
        char expected = checkCharacterOf(code.substring(0, LENGTH - 1));
        if (code.charAt(LENGTH - 1) != expected) {
            return Optional.of("check character does not match (GB 32100)");
        }
        if (code.charAt(16) != organisationCheckOf(code.substring(8, 16))) {
            return Optional.of("the organisation code's check character (character 17) does not match (GB 11714)");
        }
        return Optional.empty();
    }

    /** The GB 11714 check character of an organisation code's first eight characters (digits and capitals). */
    public static char organisationCheckOf(String first8) {
        if (first8.length() != 8) {
            throw new IllegalArgumentException("need the first 8 characters, got " + first8.length());
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = first8.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacterOf(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("need the first 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            int value = CHARACTERS.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    /** The GB/T 2260 code of the registering region of a valid code: characters 3 to 8. */
    public static String regionCodeOf(String code) {
        return code.substring(2, 8);
    }

    private CreditCode() {
    }
}
