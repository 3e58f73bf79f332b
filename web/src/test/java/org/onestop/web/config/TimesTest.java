package org.onestop.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimesTest {

    private final Times times = new Times();

    @Test
    void instantsAreShownInChinaStandardTime() {
        assertThat(times.minute("2026-12-04T20:15:30Z")).isEqualTo("2026-12-05 04:15");
        assertThat(times.day("2026-12-04T16:00:00Z")).isEqualTo("2026-12-05");
        assertThat(times.day(null)).isEmpty();
        assertThat(times.minute("not a time")).isEqualTo("not a time");
    }
}
