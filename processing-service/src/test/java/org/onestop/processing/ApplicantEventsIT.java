package org.onestop.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.contracts.datasharing.CertificateIssued;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceGuide.ProcessStep;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.contracts.portal.ApplicationCorrected;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.contracts.portal.ApplicationWithdrawn;
import org.onestop.contracts.portal.SubmittedMaterial;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestEvents;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What the portal reports the applicant did (a correction answer with new materials, a
 * withdrawal), what data-sharing reports it issued (the certificate of an approved case), and the
 * review steps an item's process defines.
 */
@ServiceIntegrationTest
class ApplicantEventsIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(20);
    private static final String CASES = "/api/processing/v1/cases";
    private static final String ITEM = "330100-SP-8001";
    private static final String APPLICANT = "citizen-events";
    private static final String CLERK = TestTokens.clerk();
    private static final String REVIEWER = TestTokens.staff("reviewer", "REVIEWER", TestTokens.DEPARTMENT);
    private static final String APPROVER = TestTokens.staff("approver", "APPROVER", TestTokens.DEPARTMENT);

    private final ApiClient api;
    private final JdbcClient jdbc;

    @Autowired
    ApplicantEventsIT(@Value("${local.server.port}") int port, JdbcClient jdbc) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
    }

    private record Opened(String id, String applicationId) {
    }

    private Opened open(String itemCode, String trackingNumber) {
        String applicationId = UUID.randomUUID().toString();
        TestEvents.publish(Topics.APPLICATION, new ApplicationSubmitted(applicationId, trackingNumber, itemCode, 1,
                "食品经营许可证核发", APPLICANT, "张三", "NATURAL_PERSON", Map.of(), "330100", TestTokens.DEPARTMENT, "web",
                Instant.now(), List.of(upload("申请书"))));
        JsonNode node = await().atMost(EVENTUALLY).until(() -> find(trackingNumber), found -> found != null);
        return new Opened(node.path("id").asText(), applicationId);
    }

    private JsonNode find(String trackingNumber) {
        for (JsonNode node : api.get(CASES + "?size=100", CLERK).json().path("content")) {
            if (node.path("trackingNumber").asText().equals(trackingNumber)) {
                return node;
            }
        }
        return null;
    }

    private JsonNode view(String id) {
        return api.get(CASES + "/" + id, CLERK).json();
    }

    private JsonNode act(String token, String id, String action, Map<String, Object> body) {
        var response = api.post(CASES + "/" + id + "/" + action, token, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private void approve(Opened opened) {
        act(CLERK, opened.id(), "accept", Map.of());
        act(REVIEWER, opened.id(), "review", Map.of("opinion", "符合条件"));
        act(APPROVER, opened.id(), "conclude", Map.of("outcome", "APPROVED"));
    }

    private List<String> history(String id) {
        return api.get(CASES + "/" + id + "/history?size=100", CLERK).json().path("content").findValuesAsString("action");
    }

    private static SubmittedMaterial upload(String name) {
        return new SubmittedMaterial(name, null, null, "file-" + UUID.randomUUID(), name + ".pdf", "application/pdf",
                1024, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    private ApplicationWithdrawn withdrawal(Opened opened, String applicantId) {
        return new ApplicationWithdrawn(opened.applicationId(), "TN", applicantId, "不再需要", "330100",
                TestTokens.DEPARTMENT, "app", Instant.now());
    }

    private ApplicationCorrected correction(Opened opened, List<SubmittedMaterial> materials) {
        return new ApplicationCorrected(opened.applicationId(), "TN", APPLICANT, "已补齐", materials, "330100",
                TestTokens.DEPARTMENT, "wechat", Instant.now());
    }

    @Test
    void theApplicantsCorrectionThroughThePortalReturnsTheCaseWithTheNewMaterials() {
        Opened opened = open("330100-SP-8000", "TN-EV-CORRECT");
        act(CLERK, opened.id(), "accept", Map.of());
        act(CLERK, opened.id(), "request-correction", Map.of("missingItems", List.of("健康证明", "场所平面图")));

        String eventId = TestEvents.publish(Topics.APPLICATION,
                correction(opened, List.of(upload("健康证明"), upload("场所平面图"))));
        await().atMost(EVENTUALLY).until(() -> view(opened.id()).path("state").asText().equals("ACCEPTED"));
        // The same event again changes nothing.
        TestEvents.publish(Topics.APPLICATION, correction(opened, List.of(upload("健康证明"), upload("场所平面图"))), eventId);
        TestEvents.publish(Topics.APPLICATION, withdrawal(opened, APPLICANT));
        await().atMost(EVENTUALLY).until(() -> view(opened.id()).path("state").asText().equals("WITHDRAWN"));

        JsonNode shown = view(opened.id());
        assertThat(shown.path("correctionRounds").asInt()).isEqualTo(1);
        assertThat(shown.path("materials").findValuesAsString("name")).containsExactly("申请书", "健康证明", "场所平面图");
        assertThat(shown.path("materials").findValuesAsString("verification")).containsOnly("UPLOADED");
        assertThat(shown.path("materials").get(1).path("correctionRound").asInt()).isEqualTo(1);
        assertThat(history(opened.id())).containsExactly("receive", "accept", "request-correction",
                "answer-correction", "withdraw");
        JsonNode answer = api.get(CASES + "/" + opened.id() + "/history", CLERK).json().path("content").get(3);
        assertThat(answer.path("actor").asText()).isEqualTo(APPLICANT);
        assertThat(answer.path("opinion").asText()).isEqualTo("已补齐");
    }

    @Test
    void theApplicantsWithdrawalThroughThePortalClosesTheCaseAndAnotherPersonsIsIgnored() {
        Opened opened = open("330100-SP-8000", "TN-EV-WITHDRAW");

        TestEvents.publish(Topics.APPLICATION, withdrawal(opened, "citizen-impostor"));
        TestEvents.publish(Topics.APPLICATION, withdrawal(opened, APPLICANT));

        await().atMost(EVENTUALLY).until(() -> view(opened.id()).path("state").asText().equals("WITHDRAWN"));
        assertThat(history(opened.id())).containsExactly("receive", "withdraw");
        JsonNode withdraw = api.get(CASES + "/" + opened.id() + "/history", CLERK).json().path("content").get(1);
        assertThat(withdraw.path("actor").asText()).isEqualTo(APPLICANT);
        assertThat(withdraw.path("opinion").asText()).isEqualTo("不再需要");
    }

    @Test
    void anEventThatNoLongerAppliesIsNotedAndSkippedAndLaterEventsFlow() {
        Opened opened = open("330100-SP-8000", "TN-EV-LATE");
        approve(opened);

        TestEvents.publish(Topics.APPLICATION, withdrawal(opened, APPLICANT));
        TestEvents.publish(Topics.APPLICATION, correction(opened, List.of(upload("迟到的材料"))));

        await().atMost(EVENTUALLY).until(() -> history(opened.id()).size() == 6);
        assertThat(history(opened.id())).containsExactly("receive", "accept", "review", "conclude", "skipped", "skipped");
        JsonNode skipped = api.get(CASES + "/" + opened.id() + "/history", CLERK).json().path("content").get(4);
        assertThat(skipped.path("details").path("event").asText()).isEqualTo("portal.application.withdrawn.v1");
        assertThat(skipped.path("details").path("reason").asText()).contains("CONCLUDED");
        JsonNode shown = view(opened.id());
        assertThat(shown.path("state").asText()).isEqualTo("CONCLUDED");
        assertThat(shown.path("materials").size()).as("the late correction's material is not kept").isEqualTo(1);
    }

    @Test
    void theCertificateIssuedForAnApprovedCaseComesBackOnTheCase() {
        Opened opened = open("330100-SP-8000", "TN-EV-CERT");
        approve(opened);
        var issued = new CertificateIssued("330100-AMR-2026-000042", "FOOD_BUSINESS_LICENCE", APPLICANT, "张三", "A",
                LocalDate.of(2026, 11, 27), LocalDate.of(2031, 11, 26), opened.id(), "330100", TestTokens.DEPARTMENT,
                "system", Instant.now());
        String eventId = TestEvents.publish(Topics.CERTIFICATE, issued);
        TestEvents.publish(Topics.CERTIFICATE, issued, eventId);
        // A certificate issued outside any case is none of processing's business.
        TestEvents.publish(Topics.CERTIFICATE, new CertificateIssued("330100-AMR-2026-000043", "FOOD_BUSINESS_LICENCE",
                APPLICANT, "张三", "A", null, null, null, "330100", TestTokens.DEPARTMENT, "system", Instant.now()));

        await().atMost(EVENTUALLY).until(() -> !view(opened.id()).path("certificateNumber").isNull());

        assertThat(view(opened.id()).path("certificateNumber").asText()).isEqualTo("330100-AMR-2026-000042");
        assertThat(history(opened.id())).containsExactly("receive", "accept", "review", "conclude", "certificate-issued");
        JsonNode entry = api.get(CASES + "/" + opened.id() + "/history", CLERK).json().path("content").get(4);
        assertThat(entry.path("details").path("certificateNumber").asText()).isEqualTo("330100-AMR-2026-000042");
        assertThat(entry.path("actor").asText()).isEqualTo("data-sharing");
        act(CLERK, opened.id(), "deliver", Map.of("method", "ONLINE"));
    }

    /** The item's process has two REVIEW steps; each takes one review action before the approver may decide. */
    @Test
    void theReviewGoesThroughEachReviewStepOfTheItemsProcess() {
        var guide = new ServiceGuide(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                List.of(new ProcessStep(1, "受理", "ACCEPTANCE", null, 1),
                        new ProcessStep(3, "现场核查", "REVIEW", null, 5),
                        new ProcessStep(2, "材料审查", "REVIEW", null, 3),
                        new ProcessStep(4, "决定", "DECISION", null, 1)),
                null, null, null, null, null, null, null, false, false, false, false);
        TestEvents.publish(Topics.SERVICE_ITEM, new ServiceItemPublished(UUID.randomUUID().toString(), ITEM, 1,
                "食品生产许可证核发", "ADMINISTRATIVE_LICENSING", "330100", TestTokens.DEPARTMENT, "杭州市市场监督管理局",
                20, 10, List.of(), "web", Instant.now(), guide));
        await().atMost(EVENTUALLY).until(() -> jdbc.sql("select count(*) from item_version where item_code = ?")
                .param(ITEM).query(Long.class).single() == 1);
        Opened opened = open(ITEM, "TN-EV-STEPS");
        String id = opened.id();

        JsonNode shown = act(CLERK, id, "accept", Map.of());
        assertThat(shown.path("reviewSteps").toString()).isEqualTo("[\"材料审查\",\"现场核查\",\"decision\"]");
        assertThat(shown.path("reviewStep").asText()).isEqualTo("材料审查");

        shown = act(REVIEWER, id, "review", Map.of("opinion", "材料齐全"));
        assertThat(shown.path("reviewStep").asText()).isEqualTo("现场核查");
        assertThat(shown.path("allowedActions").toString()).contains("\"review\"").doesNotContain("conclude");
        var early = api.post(CASES + "/" + id + "/conclude", APPROVER, Map.of("outcome", "APPROVED"));
        assertThat(early.status()).isEqualTo(409);

        shown = act(REVIEWER, id, "review", Map.of("opinion", "现场符合要求"));
        assertThat(shown.path("reviewStep").asText()).isEqualTo("decision");
        assertThat(act(APPROVER, id, "conclude", Map.of("outcome", "APPROVED")).path("state").asText())
                .isEqualTo("CONCLUDED");
        JsonNode reviews = api.get(CASES + "/" + id + "/history", CLERK).json().path("content");
        assertThat(reviews.get(2).path("details").path("step").asText()).isEqualTo("材料审查");
        assertThat(reviews.get(3).path("details").path("step").asText()).isEqualTo("现场核查");
        assertThat(reviews.get(3).path("details").path("nextStep").asText()).isEqualTo("decision");
    }

    @Test
    void anItemWithoutReviewStepsHasOneReviewAsBefore() {
        Opened opened = open("330100-SP-8000", "TN-EV-NOSTEPS");
        JsonNode shown = act(CLERK, opened.id(), "accept", Map.of());
        assertThat(shown.path("reviewSteps").toString()).isEqualTo("[\"review\",\"decision\"]");
        assertThat(act(REVIEWER, opened.id(), "review", Map.of("opinion", "ok")).path("reviewStep").asText())
                .isEqualTo("decision");
    }
}
