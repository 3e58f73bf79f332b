package org.onestop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestContextTest {

    @Test
    void channelsAreReadCaseInsensitivelyAndDefaultToWeb() {
        assertThat(RequestContext.channelOf("WeChat")).isEqualTo("wechat");
        assertThat(RequestContext.channelOf(null)).isEqualTo("web");
        assertThat(RequestContext.channelOf(" ")).isEqualTo("web");
        assertThat(RequestContext.channelOf("fax")).isNull();
    }

    @Test
    void onlySaneCorrelationIdsAreTakenOver() {
        assertThat(RequestContext.isSaneCorrelationId("journey-42.a_b")).isTrue();
        assertThat(RequestContext.isSaneCorrelationId("x".repeat(65))).isFalse();
        assertThat(RequestContext.isSaneCorrelationId("bad id\n")).isFalse();
        assertThat(RequestContext.isSaneCorrelationId(null)).isFalse();
    }

    @Test
    void aScopeRestoresWhatWasThereBefore() {
        try (var outer = RequestContext.open("outer", "app")) {
            try (var inner = RequestContext.open("inner", "hall")) {
                assertThat(RequestContext.correlationId()).isEqualTo("inner");
                assertThat(RequestContext.channel()).isEqualTo("hall");
            }
            assertThat(RequestContext.correlationId()).isEqualTo("outer");
            assertThat(RequestContext.channel()).isEqualTo("app");
        }
        assertThat(RequestContext.correlationId()).isNull();
    }
}
