package org.onestop.platform.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The citizen identity number (公民身份号码) of GB 11643-1999: 18 characters, the GB/T 2260 code
 * of the region where it was first issued (6 digits, starting with a province code), the birth
 * date ({@code yyyyMMdd}), a sequence number (3 digits, odd for men, even for women) and a check
 * character computed with ISO 7064 MOD 11-2 ({@code 0}–{@code 9} or {@code X}).
 */
public final class IdentityNumber {

    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** The provinces, autonomous regions, municipalities and SARs of GB/T 2260 (83: Taiwan residents). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1800, 1, 1);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The number as it is compared, hashed and stored: trimmed, with a lower-case {@code x} raised. */
    public static String normalized(String number) {
        return number == null ? null : number.strip().toUpperCase(Locale.ROOT);
    }

    /** What is wrong with the number (today in China), or empty when it is a valid number. */
    public static Optional<String> problemWith(String number) {
        return problemWith(number, LocalDate.now(CHINA));
    }

    /** What is wrong with the number, judging the birth date against {@code today}; empty when valid. */
    public static Optional<String> problemWith(String number, LocalDate today) {
        if (number == null || number.length() != LENGTH) {
            return Optional.of("must be 18 characters");
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isDigit(number.charAt(i))) {
                return Optional.of("characters 1 to 17 must be digits");
            }
        }
        char last = number.charAt(LENGTH - 1);
        if (!isDigit(last) && last != 'X') {
            return Optional.of("the check character must be a digit or X");
        }
        if (!PROVINCES.contains(number.substring(0, 2))) {
            return Optional.of("characters 1 to 6 must be a region code (no province " + number.substring(0, 2) + ")");
        }
        Optional<LocalDate> birth = birthDateOf(number);
        if (birth.isEmpty()) {
            return Optional.of("characters 7 to 14 must be a birth date (yyyyMMdd)");
        }
        if (birth.get().isAfter(today) || birth.get().isBefore(EARLIEST_BIRTH)) {
            return Optional.of("the birth date " + birth.get() + " is not possible");
        }
        if (last != checkCharacterOf(number.substring(0, LENGTH - 1))) {
            return Optional.of("check character does not match (GB 11643)");
        }
        return Optional.empty();
    }

    /** The check character (ISO 7064 MOD 11-2) for the first 17 digits of a number. */
    public static char checkCharacterOf(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("need the first 17 digits, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            char digit = first17.charAt(i);
            if (!isDigit(digit)) {
                throw new IllegalArgumentException("not a digit: " + digit);
            }
            sum += (digit - '0') * WEIGHTS[i];
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** The GB/T 2260 code of the region that first issued a valid number: its first 6 digits. */
    public static String regionCodeOf(String number) {
        return number.substring(0, 6);
    }

    private static Optional<LocalDate> birthDateOf(String number) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private IdentityNumber() {
    }
}
