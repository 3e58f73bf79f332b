package org.onestop.portal.application.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The short code that, with the tracking number, lets anyone the applicant tells follow the
 * progress without signing in. Only its hash is kept; the code itself is shown once.
 */
public final class VerificationCode {

    /** No 0/O, 1/I/L: easy to read out over the phone. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The hash kept for the code of this application (salted with its id). */
    public static String hash(String applicationId, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((applicationId + ":" + normalised(code)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the given code is the one whose hash was kept; false for a missing code or hash. */
    public static boolean matches(String applicationId, String code, String storedHash) {
        if (code == null || code.isBlank() || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(applicationId, code).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String normalised(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    private VerificationCode() {
    }
}
