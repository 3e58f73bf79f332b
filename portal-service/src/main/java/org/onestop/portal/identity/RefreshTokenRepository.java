package org.onestop.portal.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.onestop.portal.identity.domain.RefreshTokenState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Refresh tokens by their SHA-256; the token itself is never stored. */
@Repository
class RefreshTokenRepository {

    private final JdbcClient jdbc;

    RefreshTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tokenHash, UUID familyId, UUID accountId, Instant expiresAt) {
        jdbc.sql("insert into refresh_token (token_hash, family_id, account_id, expires_at) values (?, ?, ?, ?)")
                .params(tokenHash, familyId, accountId, Timestamp.from(expiresAt))
                .update();
    }

    /** The token, locked until the transaction ends, so that two uses of it are judged one after the other. */
    Optional<Stored> findForUpdate(String tokenHash) {
        return jdbc.sql("select * from refresh_token where token_hash = ? for update").param(tokenHash)
                .query((rs, n) -> new Stored(rs.getObject("family_id", UUID.class), rs.getObject("account_id", UUID.class),
                        new RefreshTokenState(rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("used_at")),
                                instant(rs.getTimestamp("revoked_at")))))
                .optional();
    }

    void markUsed(String tokenHash, Instant at) {
        jdbc.sql("update refresh_token set used_at = ? where token_hash = ?").params(Timestamp.from(at), tokenHash).update();
    }

    int revokeFamily(UUID familyId, Instant at) {
        return jdbc.sql("update refresh_token set revoked_at = ? where family_id = ? and revoked_at is null")
                .params(Timestamp.from(at), familyId).update();
    }

    /** Revokes the family of the given token (logout); nothing happens for an unknown token. */
    int revokeFamilyOf(String tokenHash, Instant at) {
        return jdbc.sql("""
                update refresh_token set revoked_at = ?
                where family_id = (select family_id from refresh_token where token_hash = ?) and revoked_at is null""")
                .params(Timestamp.from(at), tokenHash).update();
    }

    int revokeAllOf(UUID accountId, Instant at) {
        return jdbc.sql("update refresh_token set revoked_at = ? where account_id = ? and revoked_at is null")
                .params(Timestamp.from(at), accountId).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    record Stored(UUID familyId, UUID accountId, RefreshTokenState state) {
    }
}
