package org.onestop.datasharing.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One link of the exchange audit chain: who did what to which resource, with what outcome. Its
 * hash covers every field and the previous link's hash.
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String department, String action,
                         String target, String outcome, String detail, String previousHash, String hash) {

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** The next link after {@code previous} (or the first, when previous is null). */
    public static AuditEntry next(AuditEntry previous, Instant occurredAt, String actor, String department,
                                  String action, String target, String outcome, String detail) {
        long seq = previous == null ? 1 : previous.seq() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        String hash = hashOf(seq, occurredAt, actor, department, action, target, outcome, detail, previousHash);
        return new AuditEntry(seq, occurredAt, actor, department, action, target, outcome, detail, previousHash, hash);
    }

    /** Whether this entry's hash matches its content and it links to {@code previousHash}. */
    public boolean followsOn(String expectedPreviousHash) {
        return previousHash.equals(expectedPreviousHash) && hash.equals(
                hashOf(seq, occurredAt, actor, department, action, target, outcome, detail, previousHash));
    }

    static String hashOf(long seq, Instant occurredAt, String actor, String department, String action, String target,
                         String outcome, String detail, String previousHash) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {Long.toString(seq), occurredAt.toString(), actor, nullToEmpty(department),
                    action, target, outcome, detail, previousHash}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha256.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) ':');
                sha256.update(bytes);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
