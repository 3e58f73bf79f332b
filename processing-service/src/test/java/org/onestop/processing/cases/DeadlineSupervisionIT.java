package org.onestop.processing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.SettableClock;
import org.onestop.testsupport.TestEvents;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The early warning and the overdue alert go out once per case, even when two replicas' schedulers
 * run at the same moment (here: two threads calling the scheduler of one instance, each in its own
 * transactions, as two replicas would on one database). The timer is set to an hour so that only
 * the test's calls run.
 */
@ServiceIntegrationTest
@Import(SettableClock.Installed.class)
@TestPropertySource(properties = {"onestop.processing.supervision-interval=1h", "onestop.processing.supervision-batch=1"})
class DeadlineSupervisionIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String CASES = "/api/processing/v1/cases";

    private final ApiClient api;
    private final SettableClock clock;
    private final DeadlineSupervision supervision;

    @Autowired
    DeadlineSupervisionIT(@Value("${local.server.port}") int port, Clock clock, DeadlineSupervision supervision) {
        this.api = ApiClient.onPort(port);
        this.clock = (SettableClock) clock;
        this.supervision = supervision;
    }

    /** A case of an item the catalog never published: the default limit of 20 working days applies. */
    private String acceptedCase(String trackingNumber) {
        TestEvents.publish(Topics.APPLICATION, new ApplicationSubmitted(UUID.randomUUID().toString(), trackingNumber,
                "330100-UNKNOWN", 1, "未知事项", "citizen-9", "李四", "NATURAL_PERSON", Map.of(), "330100",
                TestTokens.DEPARTMENT, "web", Instant.now(), List.of()));
        JsonNode opened = await().atMost(EVENTUALLY).until(() -> find(trackingNumber), node -> node != null);
        var accepted = api.post(CASES + "/" + opened.path("id").asText() + "/accept", TestTokens.clerk(), Map.of());
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().path("deadline").path("limitAssumed").asBoolean()).isTrue();
        assertThat(accepted.json().path("deadline").path("limitWorkingDays").asInt()).isEqualTo(20);
        return opened.path("id").asText();
    }

    private JsonNode find(String trackingNumber) {
        for (JsonNode node : api.get(CASES + "?size=100", TestTokens.clerk()).json().path("content")) {
            if (node.path("trackingNumber").asText().equals(trackingNumber)) {
                return node;
            }
        }
        return null;
    }

    private void twoReplicasRunTheScheduler() {
        CompletableFuture.allOf(CompletableFuture.runAsync(supervision::raiseSignals),
                CompletableFuture.runAsync(supervision::raiseSignals)).join();
    }

    /** Distinct events (by ce_id: the relay delivers at least once, so a record may arrive twice). */
    private static long count(List<EventProbe.Received> received, String caseId, String type) {
        return received.stream().filter(r -> r.key().equals(caseId) && type.equals(r.headers().get("ce_type")))
                .map(r -> r.headers().get("ce_id")).distinct().count();
    }

    @Test
    void aWarningAtEightyPercentAndAnOverdueAlertGoOutOncePerCase() {
        try (EventProbe probe = EventProbe.on(Topics.CASE)) {
            // Mon Nov 2nd + 20 working days: due Mon Nov 30th; 80 % = 16 days: Tue Nov 24th.
            clock.setDay("2026-11-02");
            String first = acceptedCase("TN-SIGNAL-1");
            String second = acceptedCase("TN-SIGNAL-2");
            String paused = acceptedCase("TN-SIGNAL-PAUSED");
            api.post(CASES + "/" + paused + "/request-correction", TestTokens.clerk(), Map.of("missingItems", List.of("照片")));

            clock.setDay("2026-11-20");
            twoReplicasRunTheScheduler();
            clock.setDay("2026-11-24");
            twoReplicasRunTheScheduler();
            twoReplicasRunTheScheduler();

            await().atMost(EVENTUALLY).until(() -> count(probe.poll(), second, "processing.case.deadline-warning.v1") == 1);
            clock.setDay("2026-12-01");
            twoReplicasRunTheScheduler();
            twoReplicasRunTheScheduler();
            await().atMost(EVENTUALLY).until(() -> count(probe.poll(), second, "processing.case.overdue.v1") == 1);

            await().atMost(EVENTUALLY).until(() -> count(probe.poll(), first, "processing.case.overdue.v1") == 1);
            var received = probe.poll();
            for (String id : List.of(first, second)) {
                assertThat(count(received, id, "processing.case.deadline-warning.v1")).isEqualTo(1);
                assertThat(count(received, id, "processing.case.overdue.v1")).isEqualTo(1);
            }
            assertThat(count(received, paused, "processing.case.deadline-warning.v1")).isZero();
            assertThat(count(received, paused, "processing.case.overdue.v1")).isZero();

            var warning = received.stream().filter(r -> r.key().equals(first)
                    && "processing.case.deadline-warning.v1".equals(r.headers().get("ce_type"))).findFirst().orElseThrow();
            assertThat(warning.value()).contains("\"usedWorkingDays\":16", "\"dueOn\":\"2026-11-30\"");
            var history = api.get(CASES + "/" + first + "/history", TestTokens.clerk()).json();
            assertThat(history.path("content").findValuesAsString("action"))
                    .containsExactly("receive", "accept", "deadline-warning", "overdue");
            assertThat(api.get(CASES + "?overdue=true", TestTokens.clerk()).json().path("totalElements").asLong())
                    .isEqualTo(2);
        }
    }
}
