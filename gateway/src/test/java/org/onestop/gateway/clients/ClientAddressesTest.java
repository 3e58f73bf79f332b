package org.onestop.gateway.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses(new ClientSettings(List.of("127.0.0.0/8", "::1", "10.0.0.0/8")));

    @Test
    void anUntrustedRemoteAddressIsTheClientWhateverItForwards() {
        assertThat(addresses.clientAddress(from("203.0.113.5", "198.51.100.1"))).isEqualTo("203.0.113.5");
        assertThat(addresses.isSecure(from("203.0.113.5", null, "https"))).isFalse();
    }

    @Test
    void behindTrustedProxiesTheRightmostUntrustedEntryIsTheClient() {
        assertThat(addresses.clientAddress(from("127.0.0.1", "198.51.100.1, 203.0.113.5, 10.1.2.3"))).isEqualTo("203.0.113.5");
        assertThat(addresses.clientAddress(from("10.0.0.7", "203.0.113.5:4711"))).isEqualTo("203.0.113.5");
        assertThat(addresses.clientAddress(from("::1", "[2001:db8::5]:4711"))).isEqualTo("2001:db8::5");
        assertThat(addresses.clientAddress(from("127.0.0.1", null))).isEqualTo("127.0.0.1");
        assertThat(addresses.clientAddress(from("127.0.0.1", "10.9.9.9, 10.1.1.1"))).isEqualTo("10.9.9.9");
        assertThat(addresses.isSecure(from("127.0.0.1", null, "http, https"))).isTrue();
    }

    @Test
    void anEntryThatIsNotAnAddressStopsAtTheLastTrustedHopAndIsNeverLookedUp() {
        assertThat(addresses.clientAddress(from("127.0.0.1", "example.org, 10.1.2.3"))).isEqualTo("10.1.2.3");
        assertThat(addresses.clientAddress(from("127.0.0.1", "unknown"))).isEqualTo("127.0.0.1");
    }

    @Test
    void aMisconfiguredProxyIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new ClientAddresses(new ClientSettings(List.of("proxy.example.org"))))
                .hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> new ClientAddresses(new ClientSettings(List.of("10.0.0.0/33"))))
                .hasMessageContaining("prefix length");
    }

    private static MockServerHttpRequest from(String remote, String forwardedFor) {
        return from(remote, forwardedFor, null);
    }

    private static MockServerHttpRequest from(String remote, String forwardedFor, String forwardedProto) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/portal/v1/catalog/items")
                .remoteAddress(new InetSocketAddress(ClientAddresses.literal(remote), 50000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return request.build();
    }
}
