package org.onestop.portal.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.onestop.portal.ratelimit.AttemptLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the identity tables from growing without bound: refresh tokens a day past their expiry
 * (a revoked but unexpired one is kept, so that its reuse is still recognised), and the failure
 * counts of usernames nobody tried for a day and that are not locked (failed sign-ins create a
 * row for any username, existing or not), and the ended windows of the shared attempt limits
 * ({@link AttemptLimits}), and signing keys a day past their retirement. Plain deletes, safe to run on every
 * replica at once. It also rotates the signing key when it is due ({@link SigningKeys#rotateIfDue}, serialised
 * across replicas).
 */
@Component
@EnableScheduling
class IdentityHousekeeping {

    static final Duration RETENTION = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(IdentityHousekeeping.class);

    private final JdbcClient jdbc;
    private final AttemptLimits attemptLimits;
    private final SigningKeys signingKeys;
    private final Clock clock;

    IdentityHousekeeping(JdbcClient jdbc, AttemptLimits attemptLimits, SigningKeys signingKeys, Clock clock) {
        this.jdbc = jdbc;
        this.attemptLimits = attemptLimits;
        this.signingKeys = signingKeys;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${onestop.identity.housekeeping-interval:1h}",
            initialDelayString = "${onestop.identity.housekeeping-interval:1h}")
    void run() {
        Timestamp before = Timestamp.from(clock.instant().minus(RETENTION));
        int tokens = jdbc.sql("delete from refresh_token where expires_at < ?").param(before).update();
        int attempts = jdbc.sql("""
                delete from sign_in_attempt where updated_at < ? and (locked_until is null or locked_until < ?)""")
                .params(before, Timestamp.from(clock.instant()))
                .update();
        int windows = attemptLimits.purgeEnded();
        int keys = signingKeys.purgeRetired();
        if (tokens + attempts + windows + keys > 0) {
            log.info("Removed {} expired refresh tokens, {} stale sign-in failure counts, {} ended attempt windows and {} "
                    + "retired signing keys", tokens, attempts, windows, keys);
        }
        signingKeys.rotateIfDue();
    }
}
