package org.onestop.datasharing.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.ForbiddenException;

class CertificateTest {

    private final Instant now = Instant.parse("2026-11-26T08:00:00Z");
    private final Certificate certificate = Certificate.issue("N-1", "licence", "h", "张三", "D-1", TrustLevel.A,
            LocalDate.of(2026, 11, 26), LocalDate.of(2031, 11, 25), Map.of("b", 2, "a", 1), null, now);

    @Test
    void theFirstFailingCheckIsTheReason() {
        LocalDate today = LocalDate.of(2027, 1, 1);
        Certificate revoked = certificate.revoke("D-1", "clerk", "注销", now);

        assertThat(certificate.verdict(true, today).status()).isEqualTo("VALID");
        assertThat(certificate.verdict(false, today).status()).isEqualTo("TAMPERED");
        assertThat(revoked.verdict(true, today).status()).isEqualTo("REVOKED");
        assertThat(certificate.verdict(true, LocalDate.of(2032, 1, 1)).status()).isEqualTo("EXPIRED");
        assertThat(certificate.verdict(true, LocalDate.of(2026, 1, 1)).status()).isEqualTo("NOT_YET_VALID");
    }

    @Test
    void onlyTheIssuerRevokesAndOnlyOnce() {
        assertThatThrownBy(() -> certificate.revoke("D-2", "x", "r", now)).isInstanceOf(ForbiddenException.class);
        Certificate revoked = certificate.revoke("D-1", "clerk", "注销", now);
        assertThatThrownBy(() -> revoked.revoke("D-1", "clerk", "again", now)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theSignedClaimsDoNotDependOnTheOrderTheDataCameIn() {
        Certificate same = Certificate.issue("N-1", "licence", "h", "张三", "D-1", TrustLevel.A,
                LocalDate.of(2026, 11, 26), LocalDate.of(2031, 11, 25), Map.of("a", 1, "b", 2), null, now);

        assertThat(same.signedClaims().toString()).isEqualTo(certificate.signedClaims().toString());
    }
}
