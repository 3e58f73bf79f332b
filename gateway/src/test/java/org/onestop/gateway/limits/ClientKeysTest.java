package org.onestop.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientKeysTest {

    @Test
    void anIPv6ClientIsKeyedByItsSlash64AndAnIPv4ClientByItsAddress() {
        assertThat(ClientKeys.addressKey("2001:db8:1:2:aaaa::1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientKeys.addressKey("2001:db8:1:2:bbbb::9")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientKeys.addressKey("203.0.113.5")).isEqualTo("203.0.113.5");
    }
}
