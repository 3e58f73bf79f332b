package org.onestop.gateway;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resilience4j.ratelimiter.instances.data-sharing.limit-for-period=2",
        "resilience4j.ratelimiter.instances.data-sharing.limit-refresh-period=1h"})
class RateLimitIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void noServiceListens(DynamicPropertyRegistry registry) throws IOException {
        String closed = TestBackend.closedPort().toString();
        for (String service : new String[] {"portal", "management", "processing", "data-sharing"}) {
            registry.add("onestop.services." + service, () -> closed);
        }
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> closed + "/jwks");
    }

    @Test
    void answers429ProblemOnceAServicesRateLimitIsUsedUp() {
        WebTestClient client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
        for (int permitted = 0; permitted < 2; permitted++) {
            client.get().uri("/api/data-sharing/v3/api-docs").exchange().expectStatus().isEqualTo(503);
        }

        client.get().uri("/api/data-sharing/v3/api-docs")
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After")
                .expectBody()
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.instance").isEqualTo("/api/data-sharing/v3/api-docs")
                .jsonPath("$.correlationId").isNotEmpty();
    }
}
