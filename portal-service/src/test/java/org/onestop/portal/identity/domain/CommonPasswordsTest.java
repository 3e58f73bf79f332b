package org.onestop.portal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

    @Test
    void theBundledListHoldsTenThousandPasswords() {
        assertThat(CommonPasswords.size()).isEqualTo(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Aa1234567890", "qwertyuiop12", "iloveyou2026!", "2026Password",
            "aaaaaaaaaa1", "abcdefghij12", "1q2w3e4r5t6y", "Passw0rd1234", "0987654321zz"})
    void wellKnownPasswordsAndSequencesAreTooEasy(String password) {
        assertThat(CommonPasswords.isTooEasy(password)).as(password).isTrue();
        assertThat(AccountRules.passwordProblem(password, "wangwu")).get().asString().startsWith("is too common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Westlake-1990-spring", "onestop-demo-7", "web-Passw0rd-2026", "Grand-canal-2027", "feed-check-1733"})
    void passwordsOfOnesOwnPass(String password) {
        assertThat(CommonPasswords.isTooEasy(password)).as(password).isFalse();
    }

    @Test
    void runsOfSequencesAndRepeatsAreTakenOut() {
        assertThat(CommonPasswords.withoutRuns("aa1234567890")).isEqualTo("aa0");
        assertThat(CommonPasswords.withoutRuns("x9876y")).isEqualTo("xy");
        assertThat(CommonPasswords.withoutRuns("west-lake")).isEqualTo("west-lake");
    }
}
