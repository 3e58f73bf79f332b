package org.onestop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIT {

    private static final RSAKey SIGNING_KEY = TestTokens.generateSigningKey();
    private static final TestBackend BACKEND = TestTokens.backendFor(SIGNING_KEY);
    private static final int MAX_REQUEST_BYTES = 1024;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(2);

    private final int port;
    private final int managementPort;
    private final CircuitBreakerRegistry circuitBreakers;
    private final TimeLimiterRegistry timeLimiters;
    WebTestClient client;

    @Autowired
    GatewayIT(@LocalServerPort int port, @LocalManagementPort int managementPort, CircuitBreakerRegistry circuitBreakers,
            TimeLimiterRegistry timeLimiters) {
        this.port = port;
        this.managementPort = managementPort;
        this.circuitBreakers = circuitBreakers;
        this.timeLimiters = timeLimiters;
    }

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) throws Exception {
        registry.add("onestop.services.portal", () -> BACKEND.uri().toString());
        registry.add("onestop.services.management", () -> BACKEND.uri().toString());
        registry.add("onestop.services.processing", () -> BACKEND.uri().toString());
        String closed = TestBackend.closedPort().toString();
        registry.add("onestop.services.data-sharing", () -> closed);
        registry.add("onestop.services.web", () -> closed);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> BACKEND.uri() + "/jwks");
        registry.add("onestop.gateway.max-request-size", () -> MAX_REQUEST_BYTES + "B");
        registry.add("resilience4j.timelimiter.configs.default.timeout-duration", () -> TIME_LIMIT.toString());
    }

    @AfterAll
    static void stopBackend() {
        BACKEND.close();
    }

    @BeforeEach
    void createClient() {
        // A generous timeout: it only turns a hang into a failure.
        client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Test
    void routesAnAuthenticatedGetWithAuthorizationCorrelationIdAndChannel() {
        String token = TestTokens.token(SIGNING_KEY);

        client.get().uri("/api/portal/v1/applications/42")
                .headers(headers -> headers.setBearerAuth(token))
                .header("X-Correlation-Id", "client-id-1")
                .header("X-Channel", "WeChat")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Correlation-Id", "client-id-1")
                .expectBody().jsonPath("$.path").isEqualTo("/api/portal/v1/applications/42");

        TestBackend.Received received = BACKEND.lastReceived("/api/portal/v1/applications/42");
        assertThat(received.headers().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
        assertThat(received.headers().getFirst("X-Correlation-Id")).isEqualTo("client-id-1");
        assertThat(received.headers().getFirst("X-Channel")).isEqualTo("wechat");
    }

    @Test
    void replacesAnInsaneCorrelationIdAndDefaultsTheChannelToWeb() {
        client.get().uri("/api/portal/v1/catalog/items?q=license")
                .header("X-Correlation-Id", "not sane!")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().value("X-Correlation-Id", id -> assertThat(id).matches("[0-9a-f-]{36}"));

        TestBackend.Received received = BACKEND.lastReceived("/api/portal/v1/catalog/items");
        assertThat(received.headers().getFirst("X-Correlation-Id")).matches("[0-9a-f-]{36}");
        assertThat(received.headers().getFirst("X-Channel")).isEqualTo("web");
    }

    @Test
    void tellsTheServicesTheClientsAddressAsATrustedProxyGaveItAndNothingElseOfXForwarded() {
        client.get().uri("/api/portal/v1/content/articles")
                .header("X-Forwarded-For", "198.51.100.1, 203.0.113.7")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=198.51.100.2")
                .exchange()
                .expectStatus().isOk();

        TestBackend.Received received = BACKEND.lastReceived("/api/portal/v1/content/articles");
        assertThat(received.headers().get("X-Forwarded-For")).containsExactly("203.0.113.7");
        assertThat(received.headers().get("X-Forwarded-Host")).isNull();
        assertThat(received.headers().get("Forwarded")).isNull();
        assertThat(received.headers().get("X-Forwarded-Proto")).isNull();
    }

    @Test
    void publicCatalogNeedsNoToken() {
        client.get().uri("/api/portal/v1/catalog/items")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/api/portal/v1/catalog/items");
    }

    @Test
    void theAnonymousProgressInquiryNeedsNoToken() {
        client.get().uri("/api/portal/v1/progress?trackingNumber=TN-1&code=ABC123")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/api/portal/v1/progress");
    }

    @Test
    void registrationRefreshAndLogoutNeedNoToken() {
        for (String path : List.of("/api/portal/v1/registrations/natural-persons",
                "/api/portal/v1/registrations/legal-persons", "/api/portal/v1/auth/refresh", "/api/portal/v1/auth/logout")) {
            client.post().uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.path").isEqualTo(path);
            assertThat(BACKEND.hits("POST", path)).as(path).isEqualTo(1);
        }
    }

    @Test
    void theClientCredentialsGrantPassesWithItsBasicCredentialsAndFormUnchanged() {
        String form = "grant_type=client_credentials";
        String basic = "Basic " + Base64.getEncoder().encodeToString("client-1:secret-1".getBytes(StandardCharsets.UTF_8));

        client.post().uri("/api/portal/v1/auth/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header(HttpHeaders.AUTHORIZATION, basic)
                .bodyValue(form)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/api/portal/v1/auth/token");

        TestBackend.Received received = BACKEND.lastReceived("/api/portal/v1/auth/token");
        assertThat(received.headers().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo(basic);
        assertThat(received.headers().getFirst(HttpHeaders.CONTENT_TYPE)).startsWith("application/x-www-form-urlencoded");
        assertThat(received.bodyLength()).isEqualTo(form.length());
    }

    @Test
    void rejectsAMissingTokenWith401Problem() {
        client.get().uri("/api/processing/v1/cases")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Correlation-Id")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.instance").isEqualTo("/api/processing/v1/cases")
                .jsonPath("$.correlationId").isNotEmpty();
        assertThat(BACKEND.hits("GET", "/api/processing/v1/cases")).isZero();
    }

    @Test
    void rejectsATokenSignedByAnotherKeyWith401Problem() {
        client.get().uri("/api/processing/v1/cases")
                .headers(headers -> headers.setBearerAuth(TestTokens.token(TestTokens.generateSigningKey())))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void rejectsATokenOfTheRightKeyNamingAnotherIssuerOrAudienceWith401Problem() {
        for (String token : List.of(TestTokens.token(SIGNING_KEY, "account-1", "someone-else", "onestop"),
                TestTokens.token(SIGNING_KEY, "account-1", "onestop-portal", "another-system"))) {
            client.get().uri("/api/processing/v1/cases/issuer-probe")
                    .headers(headers -> headers.setBearerAuth(token))
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(401);
        }
        assertThat(BACKEND.hits("GET", "/api/processing/v1/cases/issuer-probe")).as("never passed on").isZero();
    }

    @Test
    void answersUnknownApiRoutesWith404Problem() {
        for (String path : List.of("/api/unknown/x", "/api/")) {
            client.get().uri(path)
                    .headers(headers -> headers.setBearerAuth(TestTokens.token(SIGNING_KEY)))
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("about:blank")
                    .jsonPath("$.title").isEqualTo("Not Found")
                    .jsonPath("$.status").isEqualTo(404)
                    .jsonPath("$.detail").isNotEmpty()
                    .jsonPath("$.instance").isEqualTo(path)
                    .jsonPath("$.correlationId").isNotEmpty();
        }
    }

    @Test
    void answersAStoppedServiceWith503ProblemWithoutHanging() {
        client.get().uri("/api/data-sharing/v1/event-log")
                .headers(headers -> headers.setBearerAuth(TestTokens.token(SIGNING_KEY)))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("data-sharing"))
                .jsonPath("$.instance").isEqualTo("/api/data-sharing/v1/event-log")
                .jsonPath("$.correlationId").isNotEmpty();
    }

    @Test
    void sendsEveryOtherPathToTheWebsiteAndAStoppedWebsiteIsAFriendlyPageNotAProblem() {
        for (String path : List.of("/", "/search?q=x", "/nope")) {
            client.get().uri(path)
                    .header("X-Correlation-Id", "page-request-1")
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader().valueEquals("Cache-Control", "no-store")
                    .expectBody(String.class).value(page -> assertThat(page)
                            .contains("服务暂时不可用", "Service temporarily unavailable", "page-request-1")
                            .doesNotContain("<script", "Exception", "web:"));
        }
    }

    @Test
    void answersASlowServiceWith503ProblemAfterTheTimeLimiter() {
        client.get().uri("/api/processing/v1/slow")
                .headers(headers -> headers.setBearerAuth(TestTokens.token(SIGNING_KEY)))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("processing"));
    }

    @Test
    void givesEveryServiceACircuitBreakerAndTimeLimiterFromConfiguration() {
        for (String service : List.of("portal", "management", "processing", "data-sharing", "web")) {
            assertThat(circuitBreakers.find(service)).get()
                    .extracting(breaker -> breaker.getCircuitBreakerConfig().getSlidingWindowType())
                    .isEqualTo(CircuitBreakerConfig.SlidingWindowType.TIME_BASED);
            assertThat(timeLimiters.find(service)).get()
                    .extracting(limiter -> limiter.getTimeLimiterConfig().getTimeoutDuration())
                    .isEqualTo(TIME_LIMIT);
        }
    }

    @Test
    void retriesGetOnA503ButNeverPost() {
        String token = TestTokens.token(SIGNING_KEY);

        client.get().uri("/api/management/v1/flaky")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().json(TestBackend.FLAKY_ERROR);
        client.post().uri("/api/management/v1/flaky")
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().json(TestBackend.FLAKY_ERROR);

        assertThat(BACKEND.hits("GET", "/api/management/v1/flaky")).isEqualTo(3);
        assertThat(BACKEND.hits("POST", "/api/management/v1/flaky")).isEqualTo(1);
    }

    @Test
    void forwardsABodyWithinTheLimit() {
        client.post().uri("/api/portal/v1/applications")
                .headers(headers -> headers.setBearerAuth(TestTokens.token(SIGNING_KEY)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(jsonOfLength(MAX_REQUEST_BYTES))
                .exchange()
                .expectStatus().isOk();

        assertThat(BACKEND.lastReceived("/api/portal/v1/applications").bodyLength()).isEqualTo(MAX_REQUEST_BYTES);
    }

    @Test
    void rejectsABodyOverTheLimitWith413Problem() {
        client.post().uri("/api/portal/v1/uploads")
                .headers(headers -> headers.setBearerAuth(TestTokens.token(SIGNING_KEY)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(jsonOfLength(MAX_REQUEST_BYTES + 1))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413);
        assertThat(BACKEND.hits("POST", "/api/portal/v1/uploads")).isZero();
    }

    @Test
    void rejectsAChunkedBodyOverTheLimitWith413Problem() {
        Flux<DataBuffer> chunks = Flux.range(0, 4)
                .map(chunk -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[MAX_REQUEST_BYTES / 2]));

        client.post().uri("/api/portal/v1/chunked-uploads")
                .headers(headers -> headers.setBearerAuth(TestTokens.token(SIGNING_KEY)))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(BACKEND.hits("POST", "/api/portal/v1/chunked-uploads")).isZero();
    }

    @Test
    void rejectsAnUnknownChannelWith400Problem() {
        client.get().uri("/api/portal/v1/catalog/items")
                .header("X-Channel", "fax")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("X-Channel"));
    }

    @Test
    void servesEachServicesOpenApiDocumentWithoutToken() {
        client.get().uri("/api/portal/v3/api-docs")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").isEqualTo("3.1.0");
        assertThat(BACKEND.hits("GET", "/v3/api-docs")).isPositive();
    }

    @Test
    void exposesPrometheusMetricsWithGatewayAndCircuitBreakerMetersOnTheManagementPortOnly() {
        client.get().uri("/api/portal/v1/catalog/items").exchange().expectStatus().isOk();

        management().get().uri("/actuator/prometheus")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(metrics -> assertThat(metrics)
                        .contains("spring_cloud_gateway_requests_seconds")
                        .contains("resilience4j_circuitbreaker_state")
                        .contains("onestop_gateway_in_flight"));
        for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator", "/actuator/env")) {
            client.get().uri(path)
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.instance").isEqualTo(path);
        }
    }

    @Test
    void exposesLivenessAndReadinessOnTheManagementPort() {
        management().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        management().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    private WebTestClient management() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
    }

    private static String jsonOfLength(int length) {
        return "\"" + "x".repeat(length - 2) + "\"";
    }
}
