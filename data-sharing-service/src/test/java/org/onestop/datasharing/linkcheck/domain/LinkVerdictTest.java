package org.onestop.datasharing.linkcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkVerdictTest {

    @Test
    void successesAndRedirectsAreValidErrorsAreNot() {
        assertThat(LinkVerdict.answered(200).valid()).isTrue();
        assertThat(LinkVerdict.answered(206).valid()).isTrue();
        assertThat(LinkVerdict.answered(301).valid()).isTrue();
        assertThat(LinkVerdict.answered(200).problem()).isNull();
        assertThat(LinkVerdict.answered(404)).isEqualTo(new LinkVerdict(false, 404, "HTTP 404"));
        assertThat(LinkVerdict.answered(500).valid()).isFalse();
        assertThat(LinkVerdict.unreachable("unknown host")).isEqualTo(new LinkVerdict(false, null, "unknown host"));
    }

    @Test
    void aServerRefusingHeadIsAskedWithGet() {
        assertThat(LinkVerdict.answered(405).headNotAllowed()).isTrue();
        assertThat(LinkVerdict.answered(501).headNotAllowed()).isTrue();
        assertThat(LinkVerdict.answered(404).headNotAllowed()).isFalse();
        assertThat(LinkVerdict.unreachable("connection failed").headNotAllowed()).isFalse();
    }
}
