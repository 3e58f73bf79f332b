package org.onestop.datasharing.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A department's system subscribes to a resource it may read and is called, signed, for every record published to
 * it, with the granted fields only; a failing endpoint is called again, one that keeps failing is set aside and sent
 * again on request; subscriptions to private addresses, to resources not granted and to other departments' are refused.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {
        "onestop.data-sharing.webhooks.allowed-private-hosts=127.0.0.1",
        "onestop.data-sharing.webhooks.max-attempts=3",
        "onestop.data-sharing.webhooks.first-retry=100ms",
        "onestop.data-sharing.webhooks.longest-retry=200ms",
        "onestop.data-sharing.webhooks.dispatch-interval=50ms"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookIT {

    private static final String OWNER = "330100-AMR";
    private static final String TAX = "330100-TAX";
    private static final String RESOURCES = "/api/data-sharing/v1/resources";
    private static final String WEBHOOKS = "/api/data-sharing/v1/webhooks";
    private static final Duration EVENTUALLY = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;
    private final DepartmentEndpoint endpoint;

    WebhookIT(@Value("${local.server.port}") int port) throws IOException {
        this.api = ApiClient.onPort(port);
        this.endpoint = new DepartmentEndpoint();
    }

    @AfterAll
    void stopTheEndpoint() {
        endpoint.close();
    }

    private static String staffOf(String department) {
        return TestTokens.staff("staff-" + department, "CLERK", department);
    }

    private static String systemOf(String department) {
        return TestTokens.issue("system-" + department, "system-" + department, "system", List.of("DEPARTMENT_SYSTEM"),
                department, "330100");
    }

    /** A resource of the market regulator that the tax bureau may read two fields of. */
    private String grantedResource() {
        String code = "licence-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post(RESOURCES, staffOf(OWNER), Map.of("code", code, "name", "营业执照信息",
                "description", "企业营业执照登记信息", "sharingType", "CONDITIONAL", "updateFrequency", "daily",
                "fields", List.of(
                        Map.of("code", "creditCode", "name", "统一社会信用代码", "type", "string", "sensitive", false),
                        Map.of("code", "enterpriseName", "name", "企业名称", "type", "string", "sensitive", false),
                        Map.of("code", "representativeId", "name", "法定代表人身份证号", "type", "string",
                                "sensitive", true)))).status()).isEqualTo(201);
        String grant = api.post(RESOURCES + "/" + code + "/grants", staffOf(TAX), Map.of("purpose", "税务登记核验",
                "fields", List.of("creditCode", "enterpriseName"),
                "validUntil", Instant.now().plus(30, ChronoUnit.DAYS).toString())).text("id");
        assertThat(api.post("/api/data-sharing/v1/grants/" + grant + "/approve", staffOf(OWNER), Map.of("reason", "依法履职"))
                .text("status")).isEqualTo("APPROVED");
        return code;
    }

    private String subscribe(String resource) {
        var subscribed = api.post(WEBHOOKS, systemOf(TAX), Map.of("url", endpoint.url(), "resources", List.of(resource)));
        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);
        endpoint.trust(subscribed.json().path("secret").asText());
        return subscribed.json().path("subscription").path("id").asText();
    }

    private void publish(String resource, String creditCode) {
        assertThat(api.post(RESOURCES + "/" + resource + "/records", systemOf(OWNER), Map.of("key", creditCode,
                "data", Map.of("creditCode", creditCode, "enterpriseName", "杭州示例科技有限公司",
                        "representativeId", "330106199001011234"))).status()).isEqualTo(201);
    }

    private List<DepartmentEndpoint.Call> callsFor(String resource) {
        return endpoint.accepted().stream().filter(call -> call.eventId().startsWith(resource + "-")).toList();
    }

    private JsonNode deliveries(String subscription, String status) {
        return api.get(WEBHOOKS + "/" + subscription + "/deliveries" + (status == null ? "" : "?status=" + status),
                systemOf(TAX)).json();
    }

    @Test
    void theDepartmentsSystemIsCalledSignedForEachRecordWithOnlyTheGrantedFields() {
        String resource = grantedResource();
        String subscription = subscribe(resource);

        publish(resource, "91330100MA2AAAAA0X");
        publish(resource, "91330100MA2BBBBB1Y");

        await().atMost(EVENTUALLY).until(() -> callsFor(resource).size() == 2);
        assertThat(callsFor(resource)).extracting(DepartmentEndpoint.Call::eventId).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches(java.util.regex.Pattern.quote(resource) + "-\\d+"));
        JsonNode first = JSON.readTree(callsFor(resource).get(0).body());
        assertThat(first.path("type").asText()).isEqualTo("data-sharing.shared-record.published.v1");
        assertThat(first.path("data").path("data").propertyNames()).containsExactlyInAnyOrder("creditCode", "enterpriseName");
        assertThat(callsFor(resource)).allSatisfy(call -> assertThat(call.body()).doesNotContain("330106199001011234"));
        assertThat(endpoint.refusedSignatures()).as("every call was signed with the secret").isZero();
        await().atMost(EVENTUALLY).until(() -> deliveries(subscription, "DELIVERED").path("totalElements").asInt() == 2);
        assertThat(deliveries(subscription, null).path("content").findValuesAsString("status")).containsOnly("DELIVERED");
    }

    @Test
    void aFailingEndpointIsCalledAgainAndOneThatKeepsFailingIsSetAsideAndSentAgainOnRequest() {
        String resource = grantedResource();
        String subscription = subscribe(resource);

        endpoint.failNext(1, 503);
        publish(resource, "91330100MA2CCCCC2Z");
        await().atMost(EVENTUALLY).until(() -> callsFor(resource).size() == 1);
        JsonNode retried = deliveries(subscription, null).path("content").get(0);
        assertThat(retried.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(retried.path("attempts").asInt()).isEqualTo(2);

        endpoint.failNext(3, 500);
        publish(resource, "91330100MA2DDDDD3A");
        await().atMost(EVENTUALLY).until(() -> deliveries(subscription, "DEAD").path("totalElements").asInt() == 1);
        JsonNode dead = deliveries(subscription, "DEAD").path("content").get(0);
        assertThat(dead.path("attempts").asInt()).isEqualTo(3);
        assertThat(dead.path("lastResponse").asText()).isEqualTo("HTTP 500");
        assertThat(callsFor(resource)).hasSize(1);

        var again = api.post(WEBHOOKS + "/" + subscription + "/deliveries/" + dead.path("id").asText() + "/redelivery",
                systemOf(TAX), Map.of());
        assertThat(again.status()).isEqualTo(200);
        await().atMost(EVENTUALLY).until(() -> callsFor(resource).size() == 2);
        var delivered = api.post(WEBHOOKS + "/" + subscription + "/deliveries/" + dead.path("id").asText()
                + "/redelivery", systemOf(TAX), Map.of());
        assertThat(delivered.status()).as("a delivered one is not sent again").isEqualTo(409);
        assertThat(delivered.json().path("type").asString()).isEqualTo("urn:onestop:problem:state-conflict");
        assertThat(delivered.json().path("deliveryStatus").asString()).isEqualTo("DELIVERED");
    }

    @Test
    void subscriptionsArePublicHttpsEndpointsForResourcesTheDepartmentMayReadAndItsOwn() {
        String resource = grantedResource();
        assertRefused(Map.of("url", "https://10.1.2.3/hook", "resources", List.of(resource)), "url", "not a public address");
        assertRefused(Map.of("url", "https://169.254.169.254/latest/meta-data", "resources", List.of(resource)), "url",
                "not a public address");
        assertRefused(Map.of("url", "http://example.org/hook", "resources", List.of(resource)), "url", "https");
        assertRefused(Map.of("url", "ftp://example.org/hook", "resources", List.of(resource)), "url", "http");
        assertRefused(Map.of("url", endpoint.url(), "resources", List.of("not-granted-" + resource)), "resources[0]",
                "may not read");
        assertRefused(Map.of("url", endpoint.url(), "resources", List.of()), "resources", "");

        String subscription = subscribe(resource);
        assertThat(api.get(WEBHOOKS, systemOf(TAX)).body()).contains(subscription).doesNotContain("secret");
        assertThat(api.get(WEBHOOKS, staffOf("330100-HRSS")).body()).doesNotContain(subscription);
        assertThat(api.get(WEBHOOKS + "/" + subscription + "/deliveries", staffOf("330100-HRSS")).status()).isEqualTo(404);
        assertThat(api.delete(WEBHOOKS + "/" + subscription, staffOf("330100-HRSS")).status()).isEqualTo(404);
        assertThat(api.get(WEBHOOKS, TestTokens.citizen("c-1")).status()).isEqualTo(403);
        assertThat(api.get(WEBHOOKS, null).status()).isEqualTo(401);
        assertThat(api.get(WEBHOOKS + "/" + subscription + "/deliveries?status=LOST", systemOf(TAX)).status()).isEqualTo(400);

        assertThat(api.delete(WEBHOOKS + "/" + subscription, staffOf(TAX)).status()).isEqualTo(204);
        publish(resource, "91330100MA2EEEEE4B");
        assertThat(api.get(WEBHOOKS, systemOf(TAX)).body()).doesNotContain(subscription);
    }

    private void assertRefused(Map<String, Object> body, String field, String says) {
        var refused = api.post(WEBHOOKS, systemOf(TAX), body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"" + field + "\"").contains(says).doesNotContain("Exception");
        assertThat(refused.json().path("type").asString()).isEqualTo("urn:onestop:problem:invalid-request");
    }
}
