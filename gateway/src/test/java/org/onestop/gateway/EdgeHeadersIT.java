package org.onestop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The strict firewall's refusals as problems, and the headers the gateway adds to what leaves it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeHeadersIT {

    private static final TestBackend BACKEND = TestTokens.backendFor(TestTokens.generateSigningKey());

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
    void aUrlTheFirewallRefusesIsA400ProblemSayingWhy() {
        for (String path : List.of("/api/portal/v1/refused;jsessionid=1", "/api/portal//v1/refused",
                "/api/portal/v1/x/%2e%2e/refused", "/api/portal/v1%2Frefused", "/refused;x=1")) {
            client().get().uri(URI.create("http://localhost:" + port + path))
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(400)
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail).as(path)
                            .startsWith("The request was refused: ").doesNotContain("Exception", "org.springframework"))
                    .jsonPath("$.correlationId").isNotEmpty();
        }
        for (String forwarded : List.of("/api/portal/v1/refused", "/api/portal/v1/refused;jsessionid=1", "/refused",
                "/api/portal//v1/refused", "/api/portal/v1/x/../refused")) {
            assertThat(BACKEND.hits("GET", forwarded)).as(forwarded).isZero();
        }
    }

    @Test
    void traceIsA405ProblemWithTheMethodsAllowed() {
        client().method(HttpMethod.TRACE).uri("/api/portal/v1/catalog/items")
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Allow", "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT")
                .expectBody()
                .jsonPath("$.status").isEqualTo(405)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("not allowed"));
        assertThat(BACKEND.hits("TRACE", "/api/portal/v1/catalog/items")).isZero();
    }

    @Test
    void theApisAnswersForbidABrowserToLoadOrFrameAnythingAndToSniffTheirType() {
        client().get().uri("/api/portal/v1/catalog/items")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void theWebsitesPagesKeepTheirOwnPolicy() {
        client().get().uri("/page")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy", TestBackend.PAGE_POLICY);
    }

    @Test
    void overTlsAtATrustedProxyEveryAnswerCarriesHsts() {
        for (String path : List.of("/api/portal/v1/catalog/items", "/page")) {
            client().get().uri(path)
                    .header("X-Forwarded-Proto", "https")
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000");
        }
        assertThat(BACKEND.lastReceived("/page").headers().getFirst("X-Forwarded-Proto")).isEqualTo("https");
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }
}
