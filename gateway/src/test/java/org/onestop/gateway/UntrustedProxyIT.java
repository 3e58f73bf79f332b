package org.onestop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** With loopback not among the trusted proxies, the test client is an ordinary client: its X-Forwarded-* are its own words. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "onestop.gateway.trusted-proxies=192.0.2.1",
        "onestop.gateway.rate-limit.routes.portal.capacity=3",
        "onestop.gateway.rate-limit.routes.portal.refill-per-second=0.001"})
class UntrustedProxyIT {

    private static final TestBackend BACKEND = TestTokens.backendFor(TestTokens.generateSigningKey());
    private static final String CATALOG = "/api/portal/v1/catalog/items";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        BACKEND.serveEveryRoute(registry);
    }

    @AfterAll
    static void stopBackend() {
        BACKEND.close();
    }

    @Test
    void aForgedForwardedForNeitherGivesANewBudgetNorReachesTheServicesAndAForgedProtoGivesNoHsts() {
        WebTestClient client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
        for (int request = 0; request < 3; request++) {
            client.get().uri(CATALOG).header("X-Forwarded-For", "198.51.100." + request)
                    .header("X-Forwarded-Proto", "https")
                    .exchange().expectStatus().isOk()
                    .expectHeader().doesNotExist("Strict-Transport-Security");
        }
        var received = BACKEND.lastReceived(CATALOG).headers();
        assertThat(received.getFirst("X-Forwarded-For")).isEqualTo("127.0.0.1");
        assertThat(received.get("X-Forwarded-Proto")).isNull();

        client.get().uri(CATALOG).header("X-Forwarded-For", "198.51.100.99").exchange().expectStatus().isEqualTo(429);
        client.get().uri(CATALOG).exchange().expectStatus().isEqualTo(429);
    }
}
