package org.onestop.portal.application.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void aCodeIsEightUnambiguousCharactersAndMatchesOnlyItsOwnApplication() {
        String code = VerificationCode.generate();
        String hash = VerificationCode.hash("app-1", code);

        assertThat(code).matches("[A-HJKMNP-Z2-9]{8}");
        assertThat(hash).doesNotContain(code).hasSize(64);
        assertThat(VerificationCode.matches("app-1", code, hash)).isTrue();
        assertThat(VerificationCode.matches("app-1", " " + code.toLowerCase() + " ", hash)).isTrue();
        assertThat(VerificationCode.matches("app-2", code, hash)).isFalse();
        assertThat(VerificationCode.matches("app-1", "WRONG234", hash)).isFalse();
        assertThat(VerificationCode.matches("app-1", null, hash)).isFalse();
        assertThat(VerificationCode.matches("app-1", code, null)).isFalse();
    }
}
