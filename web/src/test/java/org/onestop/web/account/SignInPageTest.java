package org.onestop.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInPageTest {

    @Test
    void afterSigningInOnlyAPathOfThisSiteIsFollowed() {
        assertThat(SignInPage.safeNext("/my/applications/1")).isEqualTo("/my/applications/1");
        assertThat(SignInPage.safeNext(null)).isEqualTo("/my");
        assertThat(SignInPage.safeNext("https://evil.example/")).isEqualTo("/my");
        assertThat(SignInPage.safeNext("//evil.example/")).isEqualTo("/my");
        assertThat(SignInPage.safeNext("/\\evil.example/")).isEqualTo("/my");
        assertThat(SignInPage.safeNext("javascript:alert(1)")).isEqualTo("/my");
    }
}
