package org.onestop.portal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onestop.portal.identity.domain.RefreshTokenState.Verdict;

class RefreshTokenStateTest {

    private static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    @Test
    void anUnusedLiveTokenIsRotated() {
        assertThat(new RefreshTokenState(LATER, null, null).verdictAt(NOW)).isEqualTo(Verdict.ROTATE);
    }

    @Test
    void aSecondUseIsReuse() {
        assertThat(new RefreshTokenState(LATER, NOW.minusSeconds(5), null).verdictAt(NOW)).isEqualTo(Verdict.REUSED);
    }

    @Test
    void revokedAndExpiredTokensAreRefused() {
        assertThat(new RefreshTokenState(LATER, NOW.minusSeconds(5), NOW.minusSeconds(1)).verdictAt(NOW))
                .isEqualTo(Verdict.REVOKED);
        assertThat(new RefreshTokenState(NOW, null, null).verdictAt(NOW)).isEqualTo(Verdict.EXPIRED);
    }
}
