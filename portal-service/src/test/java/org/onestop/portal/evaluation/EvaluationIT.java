package org.onestop.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.contracts.processing.CaseAccepted;
import org.onestop.contracts.processing.CaseConcluded;
import org.onestop.contracts.processing.CaseDelivered;
import org.onestop.contracts.processing.CaseReceived;
import org.onestop.portal.calendar.WorkingDays;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.EventProbe.Received;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestEvents;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;

@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationIT {

    private static final String ITEM = "330100-EVL-0001";
    private static final String AMR = "330100-AMR";
    private static final Duration EVENTUALLY = Duration.ofSeconds(20);

    private final ApiClient api;
    private final TestTokens.Minter tokens;
    private final String clerk;
    private final String supervisor;
    private final JdbcClient jdbc;
    private final WorkingDays workingDays;

    @Autowired
    EvaluationIT(@Value("${local.server.port}") int port, JwtEncoder encoder, Clock clock, JdbcClient jdbc,
                 WorkingDays workingDays) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.tokens = TestTokens.signedBy(encoder, clock);
        this.clerk = tokens.staff("evl-clerk", "CLERK", AMR);
        this.supervisor = tokens.staff("evl-supervisor", "SUPERVISOR", AMR);
    }

    @BeforeAll
    void anItemIsPublished() {
        publish(ITEM, "好差评测试事项", AMR, "杭州市市场监督管理局");
    }

    private void publish(String code, String name, String department, String departmentName) {
        TestEvents.publish(Topics.SERVICE_ITEM, new ServiceItemPublished(UUID.randomUUID().toString(), code, 1, name,
                "ADMINISTRATIVE_LICENSING", "330100", department, departmentName, 20, 10,
                List.of(new FormField("shopName", "店铺名称", "string", true, 1, List.of())), "web", Instant.now(),
                ServiceGuide.empty()));
        await().atMost(EVENTUALLY).until(() -> api.get("/api/portal/v1/catalog/items/" + code, null).status() == 200);
    }

    private String citizen() {
        return tokens.citizen("evl-" + UUID.randomUUID());
    }

    /** An application submitted through the API, its case received and accepted by processing. */
    private Case accepted(String token, String item, String department) {
        var submitted = api.post("/api/portal/v1/applications", token,
                Map.of("itemCode", item, "formData", Map.of("shopName", "评价小店")));
        assertThat(submitted.status()).isEqualTo(201);
        var c = new Case(submitted.text("id"), submitted.text("trackingNumber"), UUID.randomUUID().toString(), item,
                department);
        TestEvents.publish(Topics.CASE, new CaseReceived(c.caseId, c.id, c.trackingNumber, item, 1, "330100", department,
                "web", Instant.now()));
        TestEvents.publish(Topics.CASE, new CaseAccepted(c.caseId, c.id, c.trackingNumber, "clerk", "材料齐全", "330100",
                department, "hall", Instant.now()));
        awaitStatus(token, c, "ACCEPTED");
        return c;
    }

    private Case concluded(String token) {
        return concluded(token, ITEM, AMR);
    }

    private Case concluded(String token, String item, String department) {
        Case c = accepted(token, item, department);
        TestEvents.publish(Topics.CASE, new CaseConcluded(c.caseId, c.id, c.trackingNumber, "APPROVED", null, "approver",
                item, 1, "评价测试", "someone", "张三", "330100", department, "hall", Instant.now(), 10, 3, true));
        awaitStatus(token, c, "CONCLUDED");
        return c;
    }

    private void awaitStatus(String token, Case c, String status) {
        await().atMost(EVENTUALLY).until(() -> api.get("/api/portal/v1/applications/" + c.id, token).text("status")
                .equals(status));
    }

    private ApiClient.Response evaluate(String token, Case c, String level, Map<String, Object> more) {
        var body = new java.util.HashMap<String, Object>(Map.of("applicationId", c.id, "level", level));
        body.putAll(more);
        return api.post("/api/portal/v1/evaluations", token, body, Map.of("X-Channel", "app"));
    }

    private static List<Received> of(EventProbe probe, String key) {
        return probe.poll().stream().filter(r -> r.key().equals(key)).toList();
    }

    private static LocalDate todayInChina() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** Fifteen working days (in the portal's calendar of Hangzhou) after today. */
    private LocalDate fifteenWorkingDaysOn() {
        return workingDays.after("330100", todayInChina(), 15);
    }

    @Test
    void aConcludedCaseIsEvaluatedOnceWithItsLevelDimensionsAndChannel() {
        String applicant = citizen();
        Case c = concluded(applicant);
        try (EventProbe probe = EventProbe.on(Topics.EVALUATION)) {
            var evaluated = evaluate(applicant, c, "VERY_SATISFIED", Map.of("comment", "办事很快",
                    "dimensions", Map.of("overall", 5, "efficiency", 5, "guideAccuracy", 4, "convenience", 5, "usability", 4),
                    "reviewerId", "someone-else", "bad", true));

            assertThat(evaluated.status()).isEqualTo(201);
            var view = evaluated.json();
            String id = view.path("id").asText();
            assertThat(view.path("level").asText()).isEqualTo("VERY_SATISFIED");
            assertThat(view.path("bad").asBoolean()).isFalse();
            assertThat(view.path("channel").asText()).isEqualTo("app");
            assertThat(view.path("departmentCode").asText()).isEqualTo(AMR);
            assertThat(view.path("dimensions").path("guideAccuracy").asInt()).isEqualTo(4);
            assertThat(view.path("rectification").isNull()).isTrue();
            assertThat(api.get("/api/portal/v1/evaluations/" + id, applicant).text("comment")).isEqualTo("办事很快");

            await().atMost(EVENTUALLY).until(() -> of(probe, id).size() == 1);
            var event = of(probe, id).get(0);
            assertThat(event.headers()).containsEntry("ce_type", "portal.evaluation.submitted.v1")
                    .containsEntry("ce_subject", c.trackingNumber).containsEntry("department", AMR)
                    .containsEntry("region", "330100").containsEntry("channel", "app");
            assertThat(event.value()).contains("\"itemCode\":\"" + ITEM + "\"", "\"level\":\"VERY_SATISFIED\"",
                    "\"bad\":false", "\"overall\":5").doesNotContain("办事很快", "张三", "someone-else");

            var again = evaluate(applicant, c, "SATISFIED", Map.of());
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void concurrentEvaluationsOfOneCaseMakeExactlyOne() throws Exception {
        String applicant = citizen();
        Case c = concluded(applicant);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return evaluate(applicant, c, "SATISFIED", Map.of()).status();
                }));
            }
            start.countDown();
            List<Integer> seen = new java.util.ArrayList<>();
            for (var status : statuses) {
                seen.add(status.get());
            }
            assertThat(seen).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from evaluation where application_id = ?").param(UUID.fromString(c.id))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCaseIsEvaluatedOnlyAfterItConcludesAndADeliveredOneStillCan() {
        String applicant = citizen();
        Case c = accepted(applicant, ITEM, AMR);

        var early = evaluate(applicant, c, "SATISFIED", Map.of());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().path("status").asInt()).isEqualTo(409);
        assertThat(early.text("applicationStatus")).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("select count(*) from evaluation where application_id = ?").param(UUID.fromString(c.id))
                .query(Long.class).single()).isZero();

        TestEvents.publish(Topics.CASE, new CaseConcluded(c.caseId, c.id, c.trackingNumber, "DENIED", "不符合条件",
                "approver", ITEM, 1, "评价测试", "someone", "张三", "330100", AMR, "hall", Instant.now(), 10, 3, true));
        TestEvents.publish(Topics.CASE, new CaseDelivered(c.caseId, c.id, c.trackingNumber, "ONLINE", "clerk", null,
                "330100", AMR, "web", Instant.now()));
        awaitStatus(applicant, c, "DELIVERED");

        assertThat(evaluate(applicant, c, "BASICALLY_SATISFIED", Map.of()).status()).isEqualTo(201);
    }

    @Test
    void onlyTheApplicantEvaluatesTheirOwnApplication() {
        String applicant = citizen();
        Case c = concluded(applicant);

        var someoneElse = evaluate(citizen(), c, "VERY_DISSATISFIED", Map.of());
        assertThat(someoneElse.status()).isEqualTo(404);
        assertThat(someoneElse.contentType()).startsWith("application/problem+json");
        assertThat(evaluate(applicant, new Case(UUID.randomUUID().toString(), "x", "x", ITEM, AMR), "SATISFIED", Map.of())
                .status()).isEqualTo(404);
        assertThat(evaluate(clerk, c, "SATISFIED", Map.of()).status()).isEqualTo(403);

        String id = evaluate(applicant, c, "SATISFIED", Map.of()).text("id");
        assertThat(api.get("/api/portal/v1/evaluations/" + id, citizen()).status()).isEqualTo(404);
        assertThat(api.post("/api/portal/v1/evaluations/" + id + "/appeal", citizen(), Map.of("reason", "x")).status())
                .isEqualTo(404);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        String applicant = citizen();
        Case c = concluded(applicant);

        var refused = evaluate(applicant, c, "GREAT", Map.of("dimensions", Map.of("overall", 0, "usability", 6),
                "comment", "长".repeat(1001)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("level", "dimensions.overall", "dimensions.usability", "comment");

        var badChannel = api.post("/api/portal/v1/evaluations", applicant,
                Map.of("applicationId", c.id, "level", "SATISFIED"), Map.of("X-Channel", "carrier-pigeon"));
        assertThat(badChannel.status()).isEqualTo(400);

        assertThat(jdbc.sql("select count(*) from evaluation where application_id = ?").param(UUID.fromString(c.id))
                .query(Long.class).single()).isZero();
    }

    @Test
    void aBadReviewIsRectifiedByTheDepartmentAndTheReviewerSeesTheOutcomeAndAppealsOnce() {
        String applicant = citizen();
        Case c = concluded(applicant);
        try (EventProbe probe = EventProbe.on(Topics.EVALUATION)) {
            var evaluated = evaluate(applicant, c, "VERY_DISSATISFIED", Map.of("comment", "窗口人员态度差",
                    "dimensions", Map.of("overall", 1)));
            assertThat(evaluated.status()).isEqualTo(201);
            String evaluationId = evaluated.text("id");
            var rectification = evaluated.json().path("rectification");
            String id = rectification.path("id").asText();
            assertThat(rectification.path("status").asText()).isEqualTo("OPEN");
            assertThat(rectification.path("dueOn").asText()).isEqualTo(fifteenWorkingDaysOn().toString());
            String demoClerk = api.post("/api/portal/v1/auth/token", null, Map.of("username", "clerk",
                    "password", "onestop-demo")).text("accessToken");
            assertThat(api.get("/api/portal/v1/notifications?size=100", demoClerk).json().path("content").findParents("kind"))
                    .as("the department's clerks are told of the bad review")
                    .anySatisfy(n -> {
                        assertThat(n.path("kind").asText()).isEqualTo("BAD_REVIEW");
                        assertThat(n.path("reference").asText()).isEqualTo(c.trackingNumber);
                        assertThat(n.path("text").asText()).contains(fifteenWorkingDaysOn().toString());
                    });

            String base = "/api/portal/v1/staff/rectifications/" + id;
            var seenByStaff = api.get(base, clerk).json();
            assertThat(seenByStaff.path("evaluation").path("comment").asText()).isEqualTo("窗口人员态度差");
            assertThat(seenByStaff.path("trackingNumber").asText()).isEqualTo(c.trackingNumber);

            var tooEarly = api.post(base + "/completion", clerk, Map.of("outcome", "RECTIFIED", "text", "x"));
            assertThat(tooEarly.status()).isEqualTo(409);
            var verified = api.post(base + "/verification", clerk, Map.of("substantiated", false, "note", "查看录像，未见问题"));
            assertThat(verified.status()).isEqualTo(200);
            assertThat(verified.text("status")).isEqualTo("VERIFIED");
            var completed = api.post(base + "/completion", clerk, Map.of("outcome", "EXPLAINED", "text", "已向申请人解释流程"));
            assertThat(completed.text("status")).isEqualTo("COMPLETED");

            var outcome = api.get("/api/portal/v1/evaluations/" + evaluationId, applicant).json().path("rectification");
            assertThat(outcome.path("outcome").asText()).isEqualTo("EXPLAINED");
            assertThat(outcome.path("outcomeText").asText()).isEqualTo("已向申请人解释流程");
            assertThat(outcome.path("substantiated").asBoolean()).isFalse();
            var inbox = api.get("/api/portal/v1/notifications", applicant).json().path("content");
            assertThat(inbox.findValuesAsString("kind")).contains("EVALUATION_FOLLOW_UP");
            assertThat(inbox.findValuesAsString("reference")).contains(evaluationId);

            var appealed = api.post("/api/portal/v1/evaluations/" + evaluationId + "/appeal", applicant,
                    Map.of("reason", "录像不全"));
            assertThat(appealed.status()).isEqualTo(200);
            assertThat(appealed.json().path("rectification").path("status").asText()).isEqualTo("APPEALED");
            assertThat(api.post("/api/portal/v1/evaluations/" + evaluationId + "/appeal", applicant,
                    Map.of("reason", "再次申诉")).status()).isEqualTo(409);

            assertThat(api.post(base + "/appeal-answer", clerk, Map.of("decision", "UPHELD", "answer", "x")).status())
                    .isEqualTo(403);
            var upheld = api.post(base + "/appeal-answer", supervisor, Map.of("decision", "UPHELD", "answer", "重新核查"));
            assertThat(upheld.status()).isEqualTo(200);
            assertThat(upheld.text("status")).isEqualTo("OPEN");
            assertThat(upheld.text("appealDecision")).isEqualTo("UPHELD");

            api.post(base + "/verification", clerk, Map.of("substantiated", true, "note", "属实"));
            api.post(base + "/completion", clerk, Map.of("outcome", "RECTIFIED", "text", "已培训窗口人员"));
            assertThat(api.post("/api/portal/v1/evaluations/" + evaluationId + "/appeal", applicant,
                    Map.of("reason", "还是不满意")).status()).isEqualTo(409);

            await().atMost(EVENTUALLY).until(() -> of(probe, evaluationId).size() == 6);
            var events = of(probe, evaluationId);
            assertThat(events).extracting(r -> r.headers().get("ce_type")).containsExactly(
                    "portal.evaluation.submitted.v1", "portal.evaluation.bad-review-raised.v1",
                    "portal.evaluation.rectification-completed.v1", "portal.evaluation.appealed.v1",
                    "portal.evaluation.appeal-answered.v1", "portal.evaluation.rectification-completed.v1");
            assertThat(events.get(0).value()).contains("\"bad\":true");
            assertThat(events.get(1).value()).contains("\"rectificationId\":\"" + id + "\"",
                    "\"dueOn\":\"" + fifteenWorkingDaysOn() + "\"");
            assertThat(events.get(2).value()).contains("\"outcome\":\"EXPLAINED\"", "\"substantiated\":false",
                    "\"onTime\":true");
            assertThat(events).allSatisfy(r -> assertThat(r.headers()).containsEntry("department", AMR));
            assertThat(events).allSatisfy(r -> assertThat(r.value()).doesNotContain("窗口人员态度差", "录像不全"));
        }
    }

    @Test
    void aGoodReviewHasNothingToAppealAndADismissedAppealClosesTheRecord() {
        String applicant = citizen();
        String good = evaluate(applicant, concluded(applicant), "SATISFIED", Map.of()).text("id");
        assertThat(api.post("/api/portal/v1/evaluations/" + good + "/appeal", applicant, Map.of("reason", "x")).status())
                .isEqualTo(409);

        var bad = evaluate(applicant, concluded(applicant), "DISSATISFIED", Map.of()).json();
        String base = "/api/portal/v1/staff/rectifications/" + bad.path("rectification").path("id").asText();
        assertThat(api.post("/api/portal/v1/evaluations/" + bad.path("id").asText() + "/appeal", applicant,
                Map.of("reason", "还没处理")).status()).isEqualTo(409);
        api.post(base + "/verification", clerk, Map.of("substantiated", true));
        api.post(base + "/completion", clerk, Map.of("outcome", "RECTIFIED", "text", "已整改"));
        api.post("/api/portal/v1/evaluations/" + bad.path("id").asText() + "/appeal", applicant, Map.of("reason", "没整改"));

        var dismissed = api.post(base + "/appeal-answer", supervisor, Map.of("decision", "DISMISSED", "answer", "已核实整改"));
        assertThat(dismissed.text("status")).isEqualTo("CLOSED");
        assertThat(api.get("/api/portal/v1/evaluations/" + bad.path("id").asText(), applicant).json()
                .path("rectification").path("appealAnswer").asText()).isEqualTo("已核实整改");
    }

    @Test
    void staffListOnlyTheirDepartmentsRectificationsPagedAndByOverdue() {
        String department = "330100-EVL-LIST";
        String item = "330100-EVL-0002";
        publish(item, "评价列表测试事项", department, "评价列表测试部门");
        String staff = tokens.staff("evl-list", "CLERK", department);
        String applicant = citizen();
        String first = evaluate(applicant, concluded(applicant, item, department), "DISSATISFIED", Map.of())
                .json().path("rectification").path("id").asText();
        String late = evaluate(applicant, concluded(applicant, item, department), "VERY_DISSATISFIED", Map.of())
                .json().path("rectification").path("id").asText();
        evaluate(applicant, concluded(applicant, item, department), "SATISFIED", Map.of());
        jdbc.sql("update rectification set due_on = ? where id = ?").params(todayInChina().minusDays(1),
                UUID.fromString(late)).update();

        var page = api.get("/api/portal/v1/staff/rectifications?size=1", staff).json();
        assertThat(page.path("totalElements").asInt()).isEqualTo(2);
        assertThat(page.path("content").get(0).path("id").asText()).isEqualTo(late);
        assertThat(page.path("content").get(0).path("overdue").asBoolean()).isTrue();
        assertThat(api.get("/api/portal/v1/staff/rectifications?overdue=true", staff).json().path("content")
                .findValuesAsString("id")).containsExactly(late);
        assertThat(api.get("/api/portal/v1/staff/rectifications?overdue=false", staff).json().path("content")
                .findValuesAsString("id")).containsExactly(first);

        assertThat(api.get("/api/portal/v1/staff/rectifications/" + late, clerk).status()).isEqualTo(404);
        assertThat(api.post("/api/portal/v1/staff/rectifications/" + late + "/verification", clerk,
                Map.of("substantiated", true)).status()).isEqualTo(404);
        assertThat(api.get("/api/portal/v1/staff/rectifications", applicant).status()).isEqualTo(403);
        assertThat(api.get("/api/portal/v1/staff/rectifications?status=LOST", staff).status()).isEqualTo(400);

        var stats = api.get("/api/portal/v1/catalog/items/" + item + "/evaluation-statistics", null).json();
        assertThat(stats.path("count").asInt()).isEqualTo(3);
        assertThat(stats.path("bad").asInt()).isEqualTo(2);
        assertThat(stats.path("goodRate").asDouble()).isEqualTo(1.0 / 3);
        assertThat(stats.path("levels").path("VERY_DISSATISFIED").asInt()).isEqualTo(1);

        var mine = api.get("/api/portal/v1/evaluations?size=2", applicant).json();
        assertThat(mine.path("totalElements").asInt()).isEqualTo(3);
        assertThat(mine.path("content").size()).isEqualTo(2);
    }

    private record Case(String id, String trackingNumber, String caseId, String item, String department) {
    }
}
