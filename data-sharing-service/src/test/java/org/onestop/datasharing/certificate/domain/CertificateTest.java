package org.onestop.datasharing.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.platform.rules.StateConflict;
import org.onestop.platform.rules.NotPermitted;

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
    void theVerdictNamesTheHolderButNeverAWholeIdentityNumber() {
        LocalDate today = LocalDate.of(2027, 1, 1);
        Certificate ofAnAccount = Certificate.issue("N-2", "licence", "6f1c2d3e-0000-4000-8000-000000000001", "张三",
                "D-1", TrustLevel.A, LocalDate.of(2026, 11, 26), null, Map.of(), null, now);
        Certificate ofANumber = Certificate.issue("N-3", "licence", "33010619900307123x", "张三", "D-1", TrustLevel.A,
                LocalDate.of(2026, 11, 26), null, Map.of(), null, now);
        Certificate ofAnOldNumber = Certificate.issue("N-4", "licence", "330106900307123", "张三", "D-1", TrustLevel.A,
                LocalDate.of(2026, 11, 26), null, Map.of(), null, now);

        assertThat(ofAnAccount.verdict(true, today).holderId()).isEqualTo("6f1c2d3e-0000-4000-8000-000000000001");
        assertThat(ofANumber.verdict(true, today).holderId()).isEqualTo("330106********123X");
        assertThat(ofANumber.verdict(false, today).holderId()).isEqualTo("330106********123X");
        assertThat(ofAnOldNumber.verdict(true, today).holderId()).isEqualTo("330106*****7123");
    }

    @Test
    void onlyTheIssuerRevokesAndOnlyOnce() {
        assertThatThrownBy(() -> certificate.revoke("D-2", "x", "r", now)).isInstanceOf(NotPermitted.class);
        Certificate revoked = certificate.revoke("D-1", "clerk", "注销", now);
        assertThatThrownBy(() -> revoked.revoke("D-1", "clerk", "again", now)).isInstanceOf(StateConflict.class);
    }

    @Test
    void theSignedClaimsDoNotDependOnTheOrderTheDataCameIn() {
        Certificate same = Certificate.issue("N-1", "licence", "h", "张三", "D-1", TrustLevel.A,
                LocalDate.of(2026, 11, 26), LocalDate.of(2031, 11, 25), Map.of("a", 1, "b", 2), null, now);

        assertThat(same.signedClaims().toString()).isEqualTo(certificate.signedClaims().toString());
    }
}
