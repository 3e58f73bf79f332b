package org.onestop.portal.application.domain;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The number an application is known by (办件编号): its region, the day (China Standard Time) and
 * ten random characters, {@code 330100-20261204-7KQ2M9XD4T}. Not a sequence: nobody can guess
 * another person's number from their own (31^10, about 8 × 10^14, per region and day), so the
 * anonymous progress inquiry's limit per tracking number cannot be used to lock an owner out.
 */
public final class TrackingNumber {

    /** The verification code's alphabet: no 0/O, 1/I/L, easy to read out over the phone. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int RANDOM_LENGTH = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingNumber() {
    }

    public static String generate(String regionCode, LocalDate day) {
        StringBuilder number = new StringBuilder(regionCode).append('-').append(DAY.format(day)).append('-');
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }
}
