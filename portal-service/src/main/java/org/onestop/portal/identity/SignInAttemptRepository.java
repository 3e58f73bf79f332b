package org.onestop.portal.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.onestop.portal.identity.domain.SignInAttempts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consecutive failed sign-ins per username (existing or not). */
@Repository
class SignInAttemptRepository {

    private final JdbcClient jdbc;

    SignInAttemptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SignInAttempts> find(String username) {
        return jdbc.sql("select failures, locked_until from sign_in_attempt where username = ?").param(username)
                .query((rs, n) -> attempts(rs.getInt("failures"), rs.getTimestamp("locked_until")))
                .optional();
    }

    /** The attempts of a username, its row created if missing and locked until the transaction ends. */
    SignInAttempts lockForUpdate(String username) {
        jdbc.sql("insert into sign_in_attempt (username) values (?) on conflict (username) do nothing")
                .param(username).update();
        return jdbc.sql("select failures, locked_until from sign_in_attempt where username = ? for update")
                .param(username)
                .query((rs, n) -> attempts(rs.getInt("failures"), rs.getTimestamp("locked_until")))
                .single();
    }

    void save(String username, SignInAttempts attempts, Instant now) {
        jdbc.sql("update sign_in_attempt set failures = ?, locked_until = ?, updated_at = ? where username = ?")
                .params(attempts.failures(),
                        attempts.lockedUntil() == null ? null : Timestamp.from(attempts.lockedUntil()),
                        Timestamp.from(now), username)
                .update();
    }

    void clear(String username) {
        jdbc.sql("delete from sign_in_attempt where username = ?").param(username).update();
    }

    private static SignInAttempts attempts(int failures, Timestamp lockedUntil) {
        return new SignInAttempts(failures, lockedUntil == null ? null : lockedUntil.toInstant());
    }
}
