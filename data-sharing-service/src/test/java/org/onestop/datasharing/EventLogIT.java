package org.onestop.datasharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.contracts.processing.CaseAccepted;
import org.onestop.contracts.processing.CaseReceived;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestEvents;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Value;

@ServiceIntegrationTest
class EventLogIT {

    private final ApiClient api;

    EventLogIT(@Value("${local.server.port}") int port) {
        this.api = ApiClient.onPort(port);
    }

    private static String supervisor() {
        return TestTokens.staff("supervisor", "SUPERVISOR", TestTokens.DEPARTMENT);
    }

    @Test
    void everyEventOfEveryTopicIsRecordedOnce() {
        String caseId = UUID.randomUUID().toString();
        String received = TestEvents.publish(Topics.CASE, new CaseReceived(caseId, "app-1", "TN-LOG-1", "I-1", 1,
                "330100", TestTokens.DEPARTMENT, "web", Instant.now()));
        TestEvents.publish(Topics.CASE, new CaseReceived(caseId, "app-1", "TN-LOG-1", "I-1", 1, "330100",
                TestTokens.DEPARTMENT, "web", Instant.now()), received);
        TestEvents.publish(Topics.CASE, new CaseAccepted(caseId, "app-1", "TN-LOG-1", "clerk", "ok", "330100",
                TestTokens.DEPARTMENT, "hall", Instant.now()));
        TestEvents.publish(Topics.SERVICE_ITEM, new ServiceItemPublished(UUID.randomUUID().toString(), "I-LOG-1", 1,
                "n", "PUBLIC_SERVICE", "330100", TestTokens.DEPARTMENT, "d", 10, 5, List.of(), "web", Instant.now(),
                ServiceGuide.empty()));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get("/api/data-sharing/v1/event-log?subject=TN-LOG-1", supervisor()).json().path("totalElements").asInt() >= 2
                        && api.get("/api/data-sharing/v1/event-log?subject=I-LOG-1", supervisor()).json().path("totalElements").asInt() == 1);

        var logged = api.get("/api/data-sharing/v1/event-log?subject=TN-LOG-1", supervisor()).json();
        assertThat(logged.path("totalElements").asInt()).isEqualTo(2);
        assertThat(logged.path("content").get(0).path("type").asText()).isEqualTo("processing.case.received.v1");
        assertThat(logged.path("content").get(1).path("channel").asText()).isEqualTo("hall");
    }

    @Test
    void onlySupervisorsAndAdministratorsReadTheLog() {
        assertThat(api.get("/api/data-sharing/v1/event-log", TestTokens.clerk()).status()).isEqualTo(403);
        assertThat(api.get("/api/data-sharing/v1/event-log", null).status()).isEqualTo(401);
        assertThat(api.get("/api/data-sharing/v1/event-log", TestTokens.admin()).status()).isEqualTo(200);
    }
}
