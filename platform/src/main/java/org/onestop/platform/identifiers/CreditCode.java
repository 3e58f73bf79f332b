package org.onestop.platform.identifiers;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the
 * 31-character set without I, O, Z, S and V; registration authority (1), organisation category
 * (1), the GB/T 2260 code of the registering region (6 digits), the organisation code (9) and a
 * check character computed modulo 31 with weights 3^i.
 */
public final class CreditCode {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;

    /** What is wrong with the code, or empty when it is a valid code. */
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
        return Optional.empty();
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
