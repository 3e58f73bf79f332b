package org.onestop.portal.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Limits attempts per key (e.g. inquiries per tracking number) across every replica of the portal: the count lives
 * in PostgreSQL ({@code attempt_window}), so N replicas do not give N times the attempts. A window begins with the
 * first attempt after the previous one ended and lasts {@code window}; each attempt is counted by one atomic
 * {@code insert ... on conflict do update ... returning}, so concurrent attempts on any replica are all counted.
 * Keys are kept only as their SHA-256.
 */
@Component
public class AttemptLimits {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AttemptLimits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts one attempt for {@code key} in {@code scope}; beyond {@code max} in the current window a
     * {@link TooManyAttempts} (429 with {@code Retry-After} until the window ends).
     */
    public void count(String scope, String key, int max, Duration window, String refusal) {
        Instant now = clock.instant();
        Counted counted = record(scope, key, window, now);
        if (counted.attempts() > max) {
            throw new TooManyAttempts(refusal, counted.windowEnd(), now);
        }
    }

    /**
     * Counts one attempt (a failure, say) without refusing it: for limits on what went wrong, checked by
     * {@link #refuseWhenSpent} before the next attempt.
     */
    public void record(String scope, String key, Duration window) {
        record(scope, key, window, clock.instant());
    }

    /**
     * A {@link TooManyAttempts} when {@code key} has already had {@code max} attempts in its current window;
     * counts nothing.
     */
    public void refuseWhenSpent(String scope, String key, int max, String refusal) {
        Instant now = clock.instant();
        jdbc.sql("select attempts, window_end from attempt_window where scope = ? and key_hash = ? and window_end > ?")
                .params(scope, sha256(key), Timestamp.from(now))
                .query((rs, row) -> new Counted(rs.getInt("attempts"), rs.getTimestamp("window_end").toInstant()))
                .optional()
                .filter(counted -> counted.attempts() >= max)
                .ifPresent(spent -> {
                    throw new TooManyAttempts(refusal, spent.windowEnd(), now);
                });
    }

    private Counted record(String scope, String key, Duration window, Instant now) {
        return jdbc.sql("""
                insert into attempt_window (scope, key_hash, window_start, window_end, attempts)
                values (:scope, :key, :now, :end, 1)
                on conflict (scope, key_hash) do update set
                    window_start = case when attempt_window.window_end <= :now then excluded.window_start
                                        else attempt_window.window_start end,
                    window_end = case when attempt_window.window_end <= :now then excluded.window_end
                                      else attempt_window.window_end end,
                    attempts = case when attempt_window.window_end <= :now then 1 else attempt_window.attempts + 1 end
                returning attempts, window_end""")
                .param("scope", scope)
                .param("key", sha256(key))
                .param("now", Timestamp.from(now))
                .param("end", Timestamp.from(now.plus(window)))
                .query((rs, row) -> new Counted(rs.getInt("attempts"), rs.getTimestamp("window_end").toInstant()))
                .single();
    }

    /** Removes the windows that have ended (housekeeping; safe on every replica at once). */
    public int purgeEnded() {
        return jdbc.sql("delete from attempt_window where window_end < ?").param(Timestamp.from(clock.instant())).update();
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Counted(int attempts, Instant windowEnd) {
    }
}
