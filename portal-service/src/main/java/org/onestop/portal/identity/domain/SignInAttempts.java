package org.onestop.portal.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The consecutive failed sign-ins of one username. After {@code maxFailures} in a row the
 * username is locked for {@code lockDuration}; once the lock has run out the count starts again.
 * A successful sign-in clears it.
 *
 * @param failures    consecutive failures since the last success or the last lock
 * @param lockedUntil when the current lock ends, or null
 */
public record SignInAttempts(int failures, Instant lockedUntil) {

    /** How many failures lock a username, and for how long. */
    public record Policy(int maxFailures, Duration lockDuration) {

        public Policy {
            if (maxFailures < 1) {
                throw new IllegalArgumentException("maxFailures must be at least 1");
            }
            if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
                throw new IllegalArgumentException("lockDuration must be positive");
            }
        }
    }

    public static SignInAttempts none() {
        return new SignInAttempts(0, null);
    }

    /** Until when the username is locked at {@code now}, if it is. */
    public Optional<Instant> lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** The state after one more failure at {@code now}: locked when it is the {@code maxFailures}-th in a row. */
    public SignInAttempts afterFailure(Instant now, Policy policy) {
        if (lockedAt(now).isPresent()) {
            return this;
        }
        int counted = failures + 1;
        if (counted >= policy.maxFailures()) {
            return new SignInAttempts(0, now.plus(policy.lockDuration()));
        }
        return new SignInAttempts(counted, null);
    }
}
