package org.onestop.e2e;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GB 11643 identity numbers and GB 32100 unified social credit codes for tests, and a finder of whole
 * identity numbers in text (a log must hold none).
 */
final class IdentityNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECKS = "10X98765432";
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])[1-9][0-9]{5}(?:19|20)[0-9]{9}[0-9Xx](?![0-9])");

    /** Someone born in 330106 on a day between 1980 and 2007, with the right check character or a wrong one. */
    static String of(boolean valid) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String born = LocalDate.of(1980, 1, 1).plusDays(random.nextInt(10_000)).format(DateTimeFormatter.BASIC_ISO_DATE);
        String body = "330106" + born + String.format("%03d", random.nextInt(1000));
        int sum = sumOf(body);
        return body + (valid ? CHECKS.charAt(sum % 11) : CHECKS.charAt((sum + 1) % 11));
    }

    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** A valid credit code of an enterprise registered in 330100: its organisation code (GB 11714) and its own check right. */
    static String creditCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String organisation = String.format("%08d", random.nextInt(100_000_000));
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (organisation.charAt(i) - '0') * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        String body = "91330100" + organisation + (check == 10 ? "X" : check == 11 ? "0" : String.valueOf(check));
        int total = 0;
        for (int i = 0; i < 17; i++) {
            total += CODE_CHARACTERS.indexOf(body.charAt(i)) * CODE_WEIGHTS[i];
        }
        return body + CODE_CHARACTERS.charAt((31 - total % 31) % 31);
    }

    /** The first whole, valid identity number in {@code text}, or null. */
    static String firstIn(CharSequence text) {
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            String number = matcher.group().toUpperCase();
            if (CHECKS.charAt(sumOf(number.substring(0, 17)) % 11) == number.charAt(17)) {
                return number;
            }
        }
        return null;
    }

    private static int sumOf(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum;
    }

    private IdentityNumbers() {
    }
}
