package org.onestop.portal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

    private static final SignInAttempts.Policy FIVE_FOR_15_MINUTES = new SignInAttempts.Policy(5, Duration.ofMinutes(15));
    private static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");

    @Test
    void theFifthFailureInARowLocksForTheConfiguredPeriod() {
        SignInAttempts attempts = SignInAttempts.none();
        for (int i = 0; i < 4; i++) {
            attempts = attempts.afterFailure(NOW, FIVE_FOR_15_MINUTES);
            assertThat(attempts.lockedAt(NOW)).isEmpty();
        }
        attempts = attempts.afterFailure(NOW, FIVE_FOR_15_MINUTES);

        assertThat(attempts.lockedAt(NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void failuresDuringALockDoNotExtendIt() {
        SignInAttempts locked = new SignInAttempts(0, NOW.plusSeconds(60));

        assertThat(locked.afterFailure(NOW, FIVE_FOR_15_MINUTES)).isEqualTo(locked);
    }

    @Test
    void afterTheLockRunsOutTheCountStartsAgain() {
        SignInAttempts expired = new SignInAttempts(0, NOW.minusSeconds(1));

        assertThat(expired.lockedAt(NOW)).isEmpty();
        SignInAttempts next = expired.afterFailure(NOW, FIVE_FOR_15_MINUTES);
        assertThat(next.failures()).isEqualTo(1);
        assertThat(next.lockedAt(NOW)).isEmpty();
    }
}
