package org.onestop.portal.identity.domain;

import java.time.Instant;

/**
 * A stored refresh token: when it expires, and whether it was used (rotated) or revoked. A
 * refresh token is good for one use; a second use means it was stolen or replayed, and the whole
 * family of tokens descending from the same sign-in is revoked.
 */
public record RefreshTokenState(Instant expiresAt, Instant usedAt, Instant revokedAt) {

    /** What presenting the token at {@code now} leads to. */
    public enum Verdict {
        /** Good: mark it used and hand out its successor. */
        ROTATE,
        /** Used before: revoke the whole family. */
        REUSED,
        /** Revoked (logout, reuse, disabled account): refuse. */
        REVOKED,
        /** Past its lifetime: refuse. */
        EXPIRED
    }

    public Verdict verdictAt(Instant now) {
        if (revokedAt != null) {
            return Verdict.REVOKED;
        }
        if (usedAt != null) {
            return Verdict.REUSED;
        }
        if (!expiresAt.isAfter(now)) {
            return Verdict.EXPIRED;
        }
        return Verdict.ROTATE;
    }
}
