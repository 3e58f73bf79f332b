package org.onestop.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onestop.contracts.Topics;
import org.onestop.contracts.processing.CaseAccepted;
import org.onestop.contracts.processing.CaseOverdue;
import org.onestop.contracts.processing.CaseReceived;
import org.onestop.contracts.processing.DeadlineWarning;
import org.onestop.contracts.processing.CorrectionRequested;
import org.onestop.portal.BookableItems;
import org.onestop.portal.calendar.WorkingDays;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestEvents;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationIT {

    private static final String ITEM = "330100-NT-0001";
    private static final Duration EVENTUALLY = Duration.ofSeconds(20);

    private final ApiClient api;
    private final TestTokens.Minter tokens;
    private final WorkingDays workingDays;

    NotificationIT(@Value("${local.server.port}") int port, @Autowired JwtEncoder portalKey, @Autowired Clock clock,
                   @Autowired WorkingDays workingDays) {
        this.api = ApiClient.onPort(port);
        this.tokens = TestTokens.signedBy(portalKey, clock);
        this.workingDays = workingDays;
    }

    @BeforeAll
    void anItemIsPublished() {
        BookableItems.publish(api, ITEM);
    }

    /** A new applicant whose application has been received, accepted and sent back for a correction. */
    private Applicant applicantWithThreeSteps() {
        String accountId = "notified-" + UUID.randomUUID();
        String token = tokens.citizen(accountId);
        var submitted = api.post("/api/portal/v1/applications", token, Map.of("itemCode", ITEM, "formData", Map.of()));
        assertThat(submitted.status()).isEqualTo(201);
        String applicationId = submitted.text("id");
        String trackingNumber = submitted.text("trackingNumber");
        String caseId = UUID.randomUUID().toString();
        String received = TestEvents.publish(Topics.CASE, new CaseReceived(caseId, applicationId, trackingNumber, ITEM, 1,
                "330100", "330100-AMR", "web", Instant.now()));
        TestEvents.publish(Topics.CASE, new CaseReceived(caseId, applicationId, trackingNumber, ITEM, 1, "330100",
                "330100-AMR", "web", Instant.now()), received);
        TestEvents.publish(Topics.CASE, new CaseAccepted(caseId, applicationId, trackingNumber, "clerk", "材料齐全",
                "330100", "330100-AMR", "hall", Instant.now()));
        TestEvents.publish(Topics.CASE, new CorrectionRequested(caseId, applicationId, trackingNumber, "clerk",
                List.of("营业执照副本", "健康证明"), "请一次补齐", "330100", "330100-AMR", "hall", Instant.now()));
        await().atMost(EVENTUALLY).until(() -> api.get("/api/portal/v1/notifications", token).json()
                .path("totalElements").asInt() >= 3);
        return new Applicant(accountId, token, trackingNumber);
    }

    private record Applicant(String accountId, String token, String trackingNumber) {
    }

    @Test
    void everyStatusChangeOfOnesApplicationArrivesOnceAndTheCorrectionSaysWhatIsMissing() {
        Applicant applicant = applicantWithThreeSteps();

        var inbox = api.get("/api/portal/v1/notifications", applicant.token()).json();

        assertThat(inbox.path("totalElements").asInt()).isEqualTo(3);
        JsonNode content = inbox.path("content");
        assertThat(content.findValuesAsString("kind")).containsExactly("CORRECTION_REQUESTED", "STATUS_CHANGED", "STATUS_CHANGED");
        assertThat(content.findValuesAsString("reference")).containsOnly(applicant.trackingNumber());
        assertThat(content.get(0).path("text").asText()).contains("营业执照副本", "健康证明", applicant.trackingNumber());
        assertThat(content.get(1).path("text").asText()).contains("accepted");
        assertThat(content.get(0).path("read").asBoolean()).isFalse();
        assertThat(content.get(0).path("departmentCode").asText()).isEqualTo("330100-AMR");
    }

    @Test
    void eachNotificationIsPublishedForTheMessagingAdapters() {
        try (EventProbe probe = EventProbe.on(Topics.NOTIFICATION)) {
            Applicant applicant = applicantWithThreeSteps();

            await().atMost(EVENTUALLY).until(() -> probe.poll().stream()
                    .filter(r -> r.value().contains(applicant.accountId())).count() == 3);
            var correction = probe.poll().stream()
                    .filter(r -> r.value().contains(applicant.accountId()) && r.value().contains("CORRECTION_REQUESTED"))
                    .findFirst().orElseThrow();
            assertThat(correction.headers()).containsEntry("ce_type", "portal.notification.created.v1")
                    .containsEntry("channel", "system").containsEntry("department", "330100-AMR")
                    .containsEntry("region", "330100").containsEntry("ce_subject", applicant.trackingNumber());
            assertThat(correction.value()).contains("\"accountId\":\"" + applicant.accountId() + "\"", "\"title\"",
                    "健康证明").doesNotContain("张三");
        }
    }

    @Test
    void unreadOnesAreCountedFilteredAndMarkedReadOneOrAll() {
        Applicant applicant = applicantWithThreeSteps();
        String token = applicant.token();
        assertThat(api.get("/api/portal/v1/notifications/unread-count", token).json().path("unread").asInt()).isEqualTo(3);
        String newest = api.get("/api/portal/v1/notifications", token).json().path("content").get(0).path("id").asText();

        var marked = api.post("/api/portal/v1/notifications/" + newest + "/read", token, Map.of());
        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.json().path("read").asBoolean()).isTrue();
        assertThat(marked.json().path("readAt").isNull()).isFalse();

        assertThat(api.get("/api/portal/v1/notifications/unread-count", token).json().path("unread").asInt()).isEqualTo(2);
        var unread = api.get("/api/portal/v1/notifications?unread=true", token).json();
        assertThat(unread.path("totalElements").asInt()).isEqualTo(2);
        assertThat(unread.path("content").findValuesAsString("id")).doesNotContain(newest);
        assertThat(api.get("/api/portal/v1/notifications?unread=false", token).json().path("totalElements").asInt())
                .isEqualTo(3);

        var all = api.post("/api/portal/v1/notifications/read-all", token, Map.of());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("marked").asInt()).isEqualTo(2);
        assertThat(api.get("/api/portal/v1/notifications/unread-count", token).json().path("unread").asInt()).isZero();
        assertThat(api.get("/api/portal/v1/notifications?unread=true", token).json().path("totalElements").asInt()).isZero();
    }

    @Test
    void someoneElsesNotificationIsNotFoundAndStaysUnread() {
        Applicant applicant = applicantWithThreeSteps();
        String id = api.get("/api/portal/v1/notifications", applicant.token()).json().path("content").get(0)
                .path("id").asText();
        String other = tokens.citizen("nosy-" + UUID.randomUUID());

        var refused = api.post("/api/portal/v1/notifications/" + id + "/read", other, Map.of());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/portal/v1/notifications/read-all", other, Map.of()).json().path("marked").asInt()).isZero();
        assertThat(api.get("/api/portal/v1/notifications", other).json().path("totalElements").asInt()).isZero();
        assertThat(api.get("/api/portal/v1/notifications/unread-count", applicant.token()).json().path("unread").asInt())
                .isEqualTo(3);
        assertThat(api.post("/api/portal/v1/notifications/" + UUID.randomUUID() + "/read", applicant.token(), Map.of())
                .status()).isEqualTo(404);
    }

    @Test
    void theInboxIsPagedAndNeedsAToken() {
        Applicant applicant = applicantWithThreeSteps();

        var page = api.get("/api/portal/v1/notifications?size=2&page=1", applicant.token()).json();

        assertThat(page.path("totalElements").asInt()).isEqualTo(3);
        assertThat(page.path("totalPages").asInt()).isEqualTo(2);
        assertThat(page.path("content").size()).isEqualTo(1);
        assertThat(api.get("/api/portal/v1/notifications?size=0", applicant.token()).status()).isEqualTo(400);
        assertThat(api.get("/api/portal/v1/notifications", null).status()).isEqualTo(401);
    }

    @Test
    void theDepartmentsStaffAreToldOfANewCaseOnceOfAnEarlyWarningAndOfAnOverdueCase() {
        Applicant applicant = applicantWithThreeSteps();
        String tracking = applicant.trackingNumber();
        String clerk = signIn("clerk");
        String reviewer = signIn("reviewer");
        String supervisor = signIn("supervisor");
        String caseId = UUID.randomUUID().toString();
        TestEvents.publish(Topics.CASE, new DeadlineWarning(caseId, UUID.randomUUID().toString(), tracking, ITEM, 5, 4,
                java.time.LocalDate.of(2026, 12, 10), "330100", "330100-AMR", "web", Instant.now()));
        TestEvents.publish(Topics.CASE, new CaseOverdue(caseId, UUID.randomUUID().toString(), tracking, ITEM, 5, 6,
                java.time.LocalDate.of(2026, 12, 10), "330100", "330100-AMR", "web", Instant.now()));

        await().atMost(EVENTUALLY).until(() -> kindsAbout(supervisor, tracking).contains("OVERDUE"));
        assertThat(kindsAbout(clerk, tracking)).as("the received event came twice, the clerk is told once")
                .containsExactlyInAnyOrder("NEW_CASE", "EARLY_WARNING", "OVERDUE");
        assertThat(kindsAbout(reviewer, tracking)).containsExactlyInAnyOrder("EARLY_WARNING", "OVERDUE");
        assertThat(kindsAbout(supervisor, tracking)).containsExactly("OVERDUE");
        JsonNode newCase = api.get("/api/portal/v1/notifications?size=100", clerk).json().path("content").findParents("kind")
                .stream().filter(n -> "NEW_CASE".equals(n.path("kind").asText()) && tracking.equals(n.path("reference").asText()))
                .findFirst().orElseThrow();
        assertThat(newCase.path("text").asText()).contains(tracking, ITEM, "受理");
        assertThat(newCase.path("departmentCode").asText()).isEqualTo("330100-AMR");
    }

    private List<String> kindsAbout(String token, String reference) {
        List<String> kinds = new java.util.ArrayList<>();
        api.get("/api/portal/v1/notifications?size=100", token).json().path("content").forEach(n -> {
            if (reference.equals(n.path("reference").asText())) {
                kinds.add(n.path("kind").asText());
            }
        });
        return kinds;
    }

    private String signIn(String username) {
        var signedIn = api.post("/api/portal/v1/auth/token", null, Map.of("username", username, "password", "onestop-demo"));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        return signedIn.text("accessToken");
    }

    @Test
    void bookingAndCancellingAreNotified() {
        String token = tokens.legalPerson("notified-enterprise-" + UUID.randomUUID());
        var booked = api.post("/api/portal/v1/bookings", token, Map.of("itemCode", ITEM, "hall", BookableItems.BIG_HALL,
                "date", BookableItems.workingDay(workingDays, 2).toString(), "start", "13:00"));
        assertThat(booked.status()).isEqualTo(201);
        String bookingId = booked.text("id");
        api.post("/api/portal/v1/bookings/" + bookingId + "/cancel", token, Map.of());

        var inbox = api.get("/api/portal/v1/notifications", token).json().path("content");

        assertThat(inbox.findValuesAsString("kind")).containsExactly("BOOKING_CANCELLED", "BOOKING_MADE");
        assertThat(inbox.findValuesAsString("reference")).containsOnly(bookingId);
        assertThat(inbox.get(1).path("text").asText()).contains(BookableItems.BIG_HALL, "13:00");
    }
}
