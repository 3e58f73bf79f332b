package org.onestop.processing.materials.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistryAnswerTest {

    @Test
    void aValidCertificateIsVerified() {
        var outcome = RegistryAnswer.verdict(true, "VALID", "Signed by 330100-AMR", null).judge("citizen-1");
        assertThat(outcome.verification()).isEqualTo(Verification.VERIFIED);
        assertThat(outcome.reason()).isEqualTo("VALID: Signed by 330100-AMR");
    }

    @Test
    void everyOtherVerdictRejectsWithTheRegistrysStatusAndReason() {
        for (String status : new String[] {"TAMPERED", "REVOKED", "EXPIRED", "NOT_YET_VALID"}) {
            var outcome = RegistryAnswer.verdict(false, status, "why", null).judge("citizen-1");
            assertThat(outcome.verification()).as(status).isEqualTo(Verification.REJECTED);
            assertThat(outcome.reason()).isEqualTo(status + ": why");
        }
    }

    @Test
    void anUnknownNumberIsRejected() {
        assertThat(RegistryAnswer.unknown().judge("citizen-1").verification()).isEqualTo(Verification.REJECTED);
    }

    @Test
    void someoneElsesCertificateIsRejectedWhenTheRegistryNamesTheHolder() {
        assertThat(RegistryAnswer.verdict(true, "VALID", "ok", "citizen-2").judge("citizen-1").verification())
                .isEqualTo(Verification.REJECTED);
        assertThat(RegistryAnswer.verdict(true, "VALID", "ok", "citizen-1").judge("citizen-1").verification())
                .isEqualTo(Verification.VERIFIED);
    }

    @Test
    void aMaskedIdentityNumberIsComparedWithTheApplicantsMaskedTheSameWay() {
        var ofThePerson = RegistryAnswer.verdict(true, "VALID", "ok", "330106********123X");

        assertThat(ofThePerson.judge("33010619900307123x").verification()).isEqualTo(Verification.VERIFIED);
        assertThat(ofThePerson.judge("330106199003071236").verification()).isEqualTo(Verification.REJECTED);
        assertThat(ofThePerson.judge("6f1c2d3e-0000-4000-8000-000000000001").verification())
                .isEqualTo(Verification.REJECTED);
        assertThat(ofThePerson.judge(null).verification()).isEqualTo(Verification.REJECTED);
    }

    @Test
    void anUnreachableRegistryLeavesTheMaterialUnverifiedWithTheReason() {
        var outcome = RegistryAnswer.unreachable("ConnectException: Connection refused").judge("citizen-1");
        assertThat(outcome.verification()).isEqualTo(Verification.UNVERIFIED);
        assertThat(outcome.reason()).isEqualTo("Registry not reached: ConnectException: Connection refused");
    }
}
