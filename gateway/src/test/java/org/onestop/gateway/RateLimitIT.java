package org.onestop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.nimbusds.jose.jwk.RSAKey;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Per-client budgets and the per-route in-flight cap, through the real gateway in front of a real backend. The
 * buckets refill so slowly (one request in 1000 s) that a test's timing never gives a token back. Each test uses
 * client addresses of its own, passed as the website passes them: X-Forwarded-For from loopback, a trusted proxy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "onestop.gateway.rate-limit.defaults.refill-per-second=0.001",
        "onestop.gateway.rate-limit.routes.portal.capacity=5",
        "onestop.gateway.rate-limit.routes.portal.refill-per-second=0.001",
        "onestop.gateway.rate-limit.routes.management.capacity=2",
        "onestop.gateway.rate-limit.routes.management.refill-per-second=0.001",
        "onestop.gateway.rate-limit.routes.processing.capacity=100",
        "onestop.gateway.rate-limit.routes.processing.max-in-flight=2",
        "resilience4j.timelimiter.configs.default.timeout-duration=60s"})
class RateLimitIT {

    private static final RSAKey SIGNING_KEY = TestTokens.generateSigningKey();
    private static final TestBackend BACKEND = TestTokens.backendFor(SIGNING_KEY);
    private static final String CATALOG = "/api/portal/v1/catalog/items";

    private final int port;
    private final MeterRegistry meters;
    private final WebTestClient client;

    @Autowired
    RateLimitIT(@LocalServerPort int port, MeterRegistry meters) {
        this.port = port;
        this.meters = meters;
        this.client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    @DynamicPropertySource
    static void backend(DynamicPropertyRegistry registry) {
        BACKEND.serveEveryRoute(registry);
    }

    @AfterAll
    static void stopBackend() {
        BACKEND.close();
    }

    @Test
    void aClientThatUsedUpItsBudgetGets429ProblemWithRetryAfterWhileAnotherClientStillPasses() {
        Consumer<HttpHeaders> first = forwardedFor("203.0.113.1");
        for (int request = 0; request < 5; request++) {
            get(CATALOG, first).expectStatus().isOk();
        }

        get(CATALOG, first)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Long.parseLong(seconds)).isPositive())
                .expectBody()
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("portal").doesNotContain("203.0.113.1"))
                .jsonPath("$.instance").isEqualTo(CATALOG)
                .jsonPath("$.correlationId").isNotEmpty();
        assertThat(BACKEND.lastReceived(CATALOG).headers().getFirst("X-Forwarded-For")).isEqualTo("203.0.113.1");

        get(CATALOG, forwardedFor("203.0.113.2")).expectStatus().isOk();
        assertThat(BACKEND.lastReceived(CATALOG).headers().getFirst("X-Forwarded-For")).isEqualTo("203.0.113.2");
        assertThat(meters.get("onestop.gateway.refused").tags("route", "portal", "reason", "rate-limit").counter().count())
                .isPositive();
    }

    @Test
    void whatAClientPutsLeftOfItsOwnAddressGivesItNoNewBudget() {
        for (int request = 0; request < 5; request++) {
            get(CATALOG, forwardedFor("203.0.113.10")).expectStatus().isOk();
        }

        // the website (trusted) appends what it was told; only the entry it vouches for, the rightmost, counts
        get(CATALOG, forwardedFor("198.51.100.77, 203.0.113.10")).expectStatus().isEqualTo(429);
        get(CATALOG, forwardedFor("203.0.113.10, 127.0.0.1")).expectStatus().isEqualTo(429);
    }

    @Test
    void aTokensSubjectHasABudgetOfItsOwnWhateverAddressItComesFrom() {
        String token = TestTokens.token(SIGNING_KEY, "account-budget-1");
        for (int request = 0; request < 5; request++) {
            String address = "203.0.113." + (20 + request);
            get(CATALOG, headers -> {
                headers.setBearerAuth(token);
                headers.set("X-Forwarded-For", address);
            }).expectStatus().isOk();
        }

        get(CATALOG, headers -> {
            headers.setBearerAuth(token);
            headers.set("X-Forwarded-For", "203.0.113.29");
        }).expectStatus().isEqualTo(429);
        get(CATALOG, headers -> {
            headers.setBearerAuth(TestTokens.token(SIGNING_KEY, "account-budget-2"));
            headers.set("X-Forwarded-For", "203.0.113.29");
        }).expectStatus().isOk();
    }

    @Test
    void eachRouteHasTheBudgetItsConfigurationGives() {
        Consumer<HttpHeaders> staff = forwardedFor("203.0.113.40");
        String token = TestTokens.token(SIGNING_KEY, "account-routes-1");
        Consumer<HttpHeaders> signedIn = headers -> {
            staff.accept(headers);
            headers.setBearerAuth(token);
        };
        for (int request = 0; request < 2; request++) {
            get("/api/management/v1/service-items", signedIn).expectStatus().isOk();
        }
        get("/api/management/v1/service-items", signedIn).expectStatus().isEqualTo(429);

        // the same client still has the portal's budget, and the website's (the defaults: 100 at once)
        get(CATALOG, signedIn).expectStatus().isOk();
        for (int request = 0; request < 10; request++) {
            get("/search?q=" + request, staff).expectStatus().isOk();
        }
    }

    @Test
    void aRouteWithAllItsRequestsInFlightRefusesMoreWith503WhileAnotherRouteServes() {
        String token = TestTokens.token(SIGNING_KEY, "account-slow-1");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest slow = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/processing/v1/slow"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .build();
        List<CompletableFuture<HttpResponse<String>>> held = List.of(
                http.sendAsync(slow, HttpResponse.BodyHandlers.ofString()),
                http.sendAsync(slow, HttpResponse.BodyHandlers.ofString()));
        await("two requests in flight on processing").atMost(Duration.ofSeconds(30)).until(() ->
                meters.get("onestop.gateway.in.flight").tag("route", "processing").gauge().value() == 2);

        get("/api/processing/v1/cases", headers -> headers.setBearerAuth(token))
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("processing", "in progress"));
        assertThat(BACKEND.hits("GET", "/api/processing/v1/cases")).isZero();
        get(CATALOG, forwardedFor("203.0.113.50")).expectStatus().isOk();

        BACKEND.releaseSlowResponses();
        held.forEach(response -> assertThat(response.join().statusCode()).isEqualTo(200));
        get("/api/processing/v1/cases", headers -> headers.setBearerAuth(token)).expectStatus().isOk();
        assertThat(meters.get("onestop.gateway.refused").tags("route", "processing", "reason", "overload").counter().count())
                .isEqualTo(1);
    }

    private WebTestClient.ResponseSpec get(String path, Consumer<HttpHeaders> headers) {
        return client.get().uri(path).headers(headers).exchange();
    }

    private static Consumer<HttpHeaders> forwardedFor(String addresses) {
        return headers -> headers.set("X-Forwarded-For", addresses);
    }
}
