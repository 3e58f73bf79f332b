package org.onestop.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestEvents;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class CaseIntakeIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(20);
    private static final String CASES = "/api/processing/v1/cases";

    private final ApiClient api;

    CaseIntakeIT(@Value("${local.server.port}") int port) {
        this.api = ApiClient.onPort(port);
    }

    private static ApplicationSubmitted submitted(String trackingNumber) {
        return new ApplicationSubmitted(UUID.randomUUID().toString(), trackingNumber, "330100-SP-2001", 1, "食品经营许可证核发",
                "citizen-1", "张三", "NATURAL_PERSON", Map.of("shopName", "张三小吃"), "330100", TestTokens.DEPARTMENT,
                "web", Instant.now(), List.of());
    }

    private JsonNode awaitCase(String trackingNumber) {
        await().atMost(EVENTUALLY).until(() -> findCase(trackingNumber) != null);
        return findCase(trackingNumber);
    }

    private JsonNode findCase(String trackingNumber) {
        for (JsonNode node : api.get(CASES + "?size=100", TestTokens.clerk()).json().path("content")) {
            if (node.path("trackingNumber").asText().equals(trackingNumber)) {
                return node;
            }
        }
        return null;
    }

    private long casesFor(String trackingNumber) {
        long count = 0;
        for (JsonNode node : api.get(CASES + "?size=100", TestTokens.clerk()).json().path("content")) {
            if (node.path("trackingNumber").asText().equals(trackingNumber)) {
                count++;
            }
        }
        return count;
    }

    @Test
    void anApplicationDeliveredTwiceBecomesOneCase() {
        var application = submitted("TN-DUP-1");
        String eventId = TestEvents.publish(Topics.APPLICATION, application);
        TestEvents.publish(Topics.APPLICATION, application, eventId);
        TestEvents.publish(Topics.APPLICATION, application);

        awaitCase("TN-DUP-1");
        var marker = submitted("TN-DUP-1-AFTER");
        TestEvents.publish(Topics.APPLICATION, marker);
        awaitCase("TN-DUP-1-AFTER");

        assertThat(casesFor("TN-DUP-1")).isEqualTo(1);
    }

    @Test
    void aClerkAcceptsACaseAndTheAcceptanceIsPublished() {
        try (EventProbe probe = EventProbe.on(Topics.CASE)) {
            TestEvents.publish(Topics.APPLICATION, submitted("TN-ACCEPT-1"));
            JsonNode opened = awaitCase("TN-ACCEPT-1");
            assertThat(opened.path("state").asText()).isEqualTo("SUBMITTED");
            assertThat(opened.path("allowedActions").get(0).asText()).isEqualTo("accept");

            var accepted = api.post(CASES + "/" + opened.path("id").asText() + "/accept", TestTokens.clerk(),
                    Map.of("opinion", "材料齐全，予以受理", "expectedVersion", opened.path("version").asLong()),
                    Map.of("X-Channel", "hall"));

            assertThat(accepted.status()).isEqualTo(200);
            assertThat(accepted.text("state")).isEqualTo("ACCEPTED");
            String caseId = opened.path("id").asText();
            await().atMost(EVENTUALLY).until(() -> probe.poll().stream()
                    .filter(r -> r.key().equals(caseId)).count() == 2);
            assertThat(probe.poll().stream().filter(r -> r.key().equals(caseId)).map(r -> r.headers().get("ce_type")))
                    .containsExactly("processing.case.received.v1", "processing.case.accepted.v1");
        }
    }

    @Test
    void anIllegalActionIsAConflictNamingWhatIsAllowed() {
        TestEvents.publish(Topics.APPLICATION, submitted("TN-TWICE-1"));
        String id = awaitCase("TN-TWICE-1").path("id").asText();
        api.post(CASES + "/" + id + "/accept", TestTokens.clerk(), Map.of());

        var again = api.post(CASES + "/" + id + "/accept", TestTokens.clerk(), Map.of());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(again.json().path("allowedActions").isArray()).isTrue();
    }

    @Test
    void aStaleVersionLoses() {
        TestEvents.publish(Topics.APPLICATION, submitted("TN-STALE-1"));
        String id = awaitCase("TN-STALE-1").path("id").asText();

        var stale = api.post(CASES + "/" + id + "/accept", TestTokens.clerk(), Map.of("expectedVersion", 7));

        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void otherDepartmentsAndRolesCannotAct() {
        TestEvents.publish(Topics.APPLICATION, submitted("TN-GUARD-1"));
        String id = awaitCase("TN-GUARD-1").path("id").asText();

        var otherDepartment = api.post(CASES + "/" + id + "/accept", TestTokens.staff("c2", "CLERK", "330100-TAX"), Map.of());
        var reviewer = api.post(CASES + "/" + id + "/accept", TestTokens.staff("r1", "REVIEWER", TestTokens.DEPARTMENT), Map.of());
        var citizen = api.get(CASES, TestTokens.citizen("c1"));

        assertThat(otherDepartment.status()).isEqualTo(404);
        assertThat(reviewer.status()).isEqualTo(403);
        assertThat(citizen.status()).isEqualTo(403);
        assertThat(api.get(CASES + "/" + UUID.randomUUID(), TestTokens.clerk()).status()).isEqualTo(404);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithoutBlockingThePartition() {
        try (EventProbe deadLetters = EventProbe.on(Topics.deadLetterOf(Topics.APPLICATION))) {
            var application = submitted("TN-POISON-NEXT");
            TestEvents.publishRaw(Topics.APPLICATION, application.aggregateId(), "{not json",
                    new TestEvents.ProducerRecordHeaders(application, "poison-1"));
            TestEvents.publish(Topics.APPLICATION, application);

            awaitCase("TN-POISON-NEXT");
            await().atMost(EVENTUALLY).until(() -> deadLetters.poll().stream()
                    .anyMatch(r -> "poison-1".equals(r.headers().get("ce_id"))));
        }
    }
}
