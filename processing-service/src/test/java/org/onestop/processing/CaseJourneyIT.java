package org.onestop.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.ServiceItemPublished;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A clerk, a reviewer and an approver take a case from receipt to delivery, with a correction
 * round and a suspension in between, on days of September and October 2026 around Mid-Autumn
 * and National Day; the deadline shown at each step is checked against the 2026 calendar by hand.
 */
@ServiceIntegrationTest
@Import(SettableClock.Installed.class)
@TestPropertySource(properties = "onestop.processing.supervision-interval=1h")
class CaseJourneyIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String CASES = "/api/processing/v1/cases";
    private static final String ITEM = "330100-SP-5001";
    private static final String APPLICANT = "citizen-journey";

    private static final String CLERK = TestTokens.clerk();
    private static final String REVIEWER = TestTokens.staff("reviewer", "REVIEWER", TestTokens.DEPARTMENT);
    private static final String APPROVER = TestTokens.staff("approver", "APPROVER", TestTokens.DEPARTMENT);

    private final ApiClient api;
    private final SettableClock clock;
    private final JdbcClient jdbc;

    @Autowired
    CaseJourneyIT(@Value("${local.server.port}") int port, Clock clock, JdbcClient jdbc) {
        this.api = ApiClient.onPort(port);
        this.clock = (SettableClock) clock;
        this.jdbc = jdbc;
    }

    /** The catalog published the item with a promised limit of 10 working days. */
    private void itemPublished() {
        if (jdbc.sql("select count(*) from item_version where item_code = ?").param(ITEM).query(Long.class).single() == 0) {
            TestEvents.publish(Topics.SERVICE_ITEM, new ServiceItemPublished(UUID.randomUUID().toString(), ITEM, 1,
                    "食品经营许可证核发", "ADMINISTRATIVE_LICENSING", "330100", TestTokens.DEPARTMENT, "杭州市市场监督管理局",
                    20, 10, List.of(), "web", Instant.now(), null));
            await().atMost(EVENTUALLY).until(() -> jdbc.sql("select count(*) from item_version where item_code = ?")
                    .param(ITEM).query(Long.class).single() == 1);
        }
    }

    private JsonNode openCase(String trackingNumber) {
        itemPublished();
        TestEvents.publish(Topics.APPLICATION, new ApplicationSubmitted(UUID.randomUUID().toString(), trackingNumber, ITEM,
                1, "食品经营许可证核发", APPLICANT, "张三", "NATURAL_PERSON", Map.of("shopName", "张三小吃"), "330100",
                TestTokens.DEPARTMENT, "web", Instant.now(), List.of()));
        return await().atMost(EVENTUALLY).until(() -> find(trackingNumber), node -> node != null);
    }

    private JsonNode find(String trackingNumber) {
        for (JsonNode node : api.get(CASES + "?size=100", CLERK).json().path("content")) {
            if (node.path("trackingNumber").asText().equals(trackingNumber)) {
                return node;
            }
        }
        return null;
    }

    private JsonNode act(String day, String token, String id, String action, Map<String, Object> body) {
        clock.setDay(day);
        var response = api.post(CASES + "/" + id + "/" + action, token, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static void assertClock(JsonNode shown, String status, String dueOn, int used, int left) {
        JsonNode deadline = shown.path("deadline");
        assertThat(deadline.path("status").asText()).isEqualTo(status);
        assertThat(deadline.path("dueOn").isNull() ? null : deadline.path("dueOn").asText()).isEqualTo(dueOn);
        assertThat(deadline.path("usedWorkingDays").asInt()).isEqualTo(used);
        assertThat(deadline.path("remainingWorkingDays").asInt()).isEqualTo(left);
        assertThat(deadline.path("limitWorkingDays").asInt()).isEqualTo(10);
        assertThat(deadline.path("limitAssumed").asBoolean()).isFalse();
    }

    @Test
    void fromReceiptToDeliveryWithACorrectionAndASuspension() {
        try (EventProbe probe = EventProbe.on(Topics.CASE)) {
            clock.setDay("2026-09-14");
            JsonNode opened = openCase("TN-JOURNEY-1");
            String id = opened.path("id").asText();
            assertClock(opened, "NOT_STARTED", null, 0, 10);

            // Monday 14th: accepted; 10 working days → Mon 28th (Sun 20th is worked, 25th-27th Mid-Autumn).
            JsonNode shown = act("2026-09-14", CLERK, id, "accept",
                    Map.of("opinion", "材料齐全", "expectedVersion", opened.path("version").asLong()));
            assertThat(shown.path("state").asText()).isEqualTo("ACCEPTED");
            assertClock(shown, "RUNNING", "2026-09-28", 0, 10);

            // Wednesday 16th: one correction request naming everything; the clock stops at 2 days used.
            shown = act("2026-09-16", CLERK, id, "request-correction",
                    Map.of("missingItems", List.of("营业执照副本", "健康证明"), "opinion", "请一次补齐"));
            assertThat(shown.path("state").asText()).isEqualTo("CORRECTION_REQUESTED");
            assertThat(shown.path("missingItems").get(1).asText()).isEqualTo("健康证明");
            assertClock(shown, "PAUSED", null, 2, 8);

            // Friday 18th: the applicant answers; 17th and 18th paused → due Wed 30th.
            shown = act("2026-09-18", TestTokens.citizen(APPLICANT), id, "answer-correction", Map.of("opinion", "已补齐"));
            assertThat(shown.path("state").asText()).isEqualTo("ACCEPTED");
            assertClock(shown, "RUNNING", "2026-09-30", 2, 8);

            // Monday 21st: reviewed (15, 16, Sun 20, 21 count) → waiting for the decision.
            shown = act("2026-09-21", REVIEWER, id, "review", Map.of("opinion", "符合许可条件"));
            assertThat(shown.path("state").asText()).isEqualTo("UNDER_REVIEW");
            assertThat(shown.path("reviewStep").asText()).isEqualTo("decision");
            assertClock(shown, "RUNNING", "2026-09-30", 4, 6);

            // Tuesday 22nd: suspended for a hearing.
            shown = act("2026-09-22", REVIEWER, id, "suspend", Map.of("reason", "组织听证"));
            assertThat(shown.path("state").asText()).isEqualTo("SUSPENDED");
            assertClock(shown, "PAUSED", null, 5, 5);

            // Tuesday 29th: resumed; 23, 24, 28, 29 paused → 16 working days after the 14th: Mon Oct 12th.
            shown = act("2026-09-29", APPROVER, id, "resume", Map.of("opinion", "听证结束"));
            assertThat(shown.path("state").asText()).isEqualTo("UNDER_REVIEW");
            assertClock(shown, "RUNNING", "2026-10-12", 5, 5);

            // Friday Oct 9th: approved after 30th, 8th and 9th; National Day does not count.
            shown = act("2026-10-09", APPROVER, id, "conclude", Map.of("outcome", "APPROVED"));
            assertThat(shown.path("state").asText()).isEqualTo("CONCLUDED");
            assertThat(shown.path("outcome").asText()).isEqualTo("APPROVED");
            assertClock(shown, "STOPPED", "2026-10-12", 8, 2);

            // Saturday Oct 10th, a make-up working day: picked up in the hall.
            shown = act("2026-10-10", CLERK, id, "deliver", Map.of("method", "HALL", "note", "本人领取"));
            assertThat(shown.path("state").asText()).isEqualTo("DELIVERED");
            assertThat(shown.path("allowedActions").isEmpty()).isTrue();
            assertClock(shown, "STOPPED", "2026-10-12", 8, 2);

            var history = api.get(CASES + "/" + id + "/history", CLERK).json();
            assertThat(history.path("content").findValuesAsString("action")).containsExactly("receive", "accept",
                    "request-correction", "answer-correction", "review", "suspend", "resume", "conclude", "deliver");
            assertThat(history.path("content").findValuesAsString("actor")).containsExactly("system", "clerk", "clerk",
                    APPLICANT, "reviewer", "reviewer", "approver", "approver", "clerk");
            assertThat(history.path("content").get(2).path("details").path("missingItems").size()).isEqualTo(2);
            assertThat(history.path("content").get(7).path("toState").asText()).isEqualTo("CONCLUDED");

            await().atMost(EVENTUALLY).until(() -> typesOf(probe, id).size() == 9);
            assertThat(typesOf(probe, id))
                    .containsExactly("processing.case.received.v1", "processing.case.accepted.v1",
                            "processing.case.correction-requested.v1", "processing.case.correction-answered.v1",
                            "processing.case.reviewed.v1", "processing.case.suspended.v1", "processing.case.resumed.v1",
                            "processing.case.concluded.v1", "processing.case.delivered.v1");
        }
    }

    /** The types of the case's events in order, each event once (the relay delivers at least once). */
    private static List<String> typesOf(EventProbe probe, String caseId) {
        Map<String, String> byId = new LinkedHashMap<>();
        probe.poll().stream().filter(r -> r.key().equals(caseId))
                .forEach(r -> byId.putIfAbsent(r.headers().get("ce_id"), r.headers().get("ce_type")));
        return List.copyOf(byId.values());
    }

    @Test
    void eachActionIsOnlyForItsRoleDepartmentAndState() {
        clock.setDay("2026-11-02");
        String id = openCase("TN-GUARDS-1").path("id").asText();

        assertThat(api.post(CASES + "/" + id + "/accept", APPROVER, Map.of()).status()).as("approver accepts").isEqualTo(403);
        assertThat(api.post(CASES + "/" + id + "/accept", TestTokens.staff("c9", "CLERK", "330100-TAX"), Map.of()).status())
                .as("clerk of another department").isEqualTo(404);
        assertThat(api.post(CASES + "/" + id + "/withdraw", TestTokens.citizen("someone-else"), Map.of()).status())
                .as("another applicant").isEqualTo(404);
        assertThat(api.get(CASES + "/" + id + "/history", TestTokens.staff("c9", "CLERK", "330100-TAX")).status())
                .isEqualTo(404);

        var early = api.post(CASES + "/" + id + "/deliver", CLERK, Map.of("method", "ONLINE"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().path("allowedActions").toString()).isEqualTo("[\"accept\",\"not-accept\",\"withdraw\"]");

        act("2026-11-02", CLERK, id, "accept", Map.of());
        act("2026-11-03", REVIEWER, id, "review", Map.of("opinion", "ok"));
        assertThat(api.post(CASES + "/" + id + "/conclude", REVIEWER, Map.of("outcome", "APPROVED")).status())
                .as("reviewer decides").isEqualTo(403);
        var noReasons = api.post(CASES + "/" + id + "/conclude", APPROVER, Map.of("outcome", "DENIED"));
        assertThat(noReasons.status()).isEqualTo(400);
        assertThat(api.post(CASES + "/" + id + "/conclude", APPROVER, Map.of("outcome", "MAYBE")).status()).isEqualTo(400);

        JsonNode withdrawn = act("2026-11-04", TestTokens.citizen(APPLICANT), id, "withdraw", Map.of("reason", "不再需要"));
        assertThat(withdrawn.path("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(api.post(CASES + "/" + id + "/withdraw", TestTokens.citizen(APPLICANT), Map.of()).status()).isEqualTo(409);
    }

    @Test
    void aCaseAnswersWithItsVersionAsTheETagAndAnActionOverAStaleOneIsAConflict() {
        clock.setDay("2026-11-05");
        String id = openCase("TN-ETAG-1").path("id").asText();
        var read = api.get(CASES + "/" + id, CLERK);
        String tag = read.header("ETag");
        assertThat(tag).isEqualTo("\"" + read.json().path("version").asLong() + "\"");
        assertThat(read.body()).as("the ETag is a header, not a field").doesNotContain("entityVersion");

        var accepted = api.post(CASES + "/" + id + "/accept", CLERK, Map.of(), Map.of("If-Match", tag));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.header("ETag")).isEqualTo("\"" + accepted.json().path("version").asLong() + "\"")
                .isNotEqualTo(tag);

        var stale = api.post(CASES + "/" + id + "/review", REVIEWER, Map.of("opinion", "ok"), Map.of("If-Match", tag));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        var disagreeing = api.post(CASES + "/" + id + "/review", REVIEWER,
                Map.of("opinion", "ok", "expectedVersion", accepted.json().path("version").asLong()), Map.of("If-Match", tag));
        assertThat(disagreeing.status()).isEqualTo(400);
        assertThat(disagreeing.json().path("errors").get(0).path("field").asString()).isEqualTo("If-Match");
        assertThat(api.post(CASES + "/" + id + "/review", REVIEWER, Map.of("opinion", "ok"), Map.of("If-Match", "W/\"1\""))
                .status()).as("a weak tag").isEqualTo(400);
        assertThat(api.post(CASES + "/" + id + "/review", REVIEWER,
                Map.of("opinion", "ok", "expectedVersion", accepted.json().path("version").asLong())).status())
                .as("the deprecated body field still works").isEqualTo(200);
    }

    @Test
    void twoClerksAcceptingAtOnceGetOneSuccessAndOneConflict() {
        clock.setDay("2026-11-05");
        String id = openCase("TN-RACE-1").path("id").asText();
        String otherClerk = TestTokens.staff("clerk2", "CLERK", TestTokens.DEPARTMENT);

        var first = CompletableFuture.supplyAsync(() -> api.post(CASES + "/" + id + "/accept", CLERK, Map.of()).status());
        var second = CompletableFuture.supplyAsync(() -> api.post(CASES + "/" + id + "/accept", otherClerk, Map.of()).status());

        assertThat(List.of(first.join(), second.join())).containsExactlyInAnyOrder(200, 409);
        var history = api.get(CASES + "/" + id + "/history", CLERK).json();
        assertThat(history.path("content").findValuesAsString("action")).containsExactly("receive", "accept");
    }

    @Test
    void queuesFilterByStateItemAssigneeAndDeadline() {
        clock.setDay("2026-11-09");
        String late = openCase("TN-QUEUE-LATE").path("id").asText();
        String fresh = openCase("TN-QUEUE-FRESH").path("id").asText();
        act("2026-11-09", CLERK, late, "accept", Map.of());
        JsonNode claimed = act("2026-11-10", REVIEWER, late, "claim", Map.of());
        assertThat(claimed.path("assignee").asText()).isEqualTo("reviewer");
        assertThat(api.post(CASES + "/" + late + "/claim", CLERK, Map.of()).status()).as("claimed by another").isEqualTo(409);
        assertThat(api.post(CASES + "/" + fresh + "/assign", CLERK, Map.of("assignee", "clerk")).status())
                .as("only supervisors assign").isEqualTo(403);
        String supervisor = TestTokens.staff("supervisor", "SUPERVISOR", TestTokens.DEPARTMENT);
        assertThat(api.post(CASES + "/" + fresh + "/assign", supervisor, Map.of("assignee", "clerk")).status()).isEqualTo(200);

        // 8 of its 10 working days used on Thu Nov 19th: the early warning (80 %)
        clock.setDay("2026-11-19");
        JsonNode warned = api.get(CASES + "/" + late, CLERK).json();
        assertThat(warned.path("deadline").path("earlyWarning").asBoolean()).as(warned.toString()).isTrue();
        assertThat(warned.path("deadline").path("overdue").asBoolean()).isFalse();
        assertThat(api.get(CASES + "?earlyWarning=true&size=100", CLERK).json().path("content")
                .findValuesAsString("trackingNumber")).as("the early-warning filter").contains("TN-QUEUE-LATE")
                .doesNotContain("TN-QUEUE-FRESH");
        assertThat(api.get(CASES + "/" + fresh, CLERK).json().path("yourActions").toString())
                .as("what the clerk may do now").isEqualTo("[\"accept\",\"not-accept\"]");
        assertThat(api.get(CASES + "/" + fresh, REVIEWER).json().path("yourActions").toString())
                .as("a reviewer may not accept").isEqualTo("[]");
        // 10 working days after Mon Nov 9th: Mon Nov 23rd; on Tue 24th the case is overdue.
        clock.setDay("2026-11-24");
        JsonNode overdue = api.get(CASES + "?overdue=true&size=100", CLERK).json();
        assertThat(overdue.path("content").findValuesAsString("trackingNumber")).contains("TN-QUEUE-LATE")
                .doesNotContain("TN-QUEUE-FRESH");
        assertThat(overdue.path("content").get(0).path("deadline").path("overdue").asBoolean()).isTrue();
        assertThat(overdue.path("content").get(0).path("deadline").path("earlyWarning").asBoolean())
                .as("overdue now, no longer a warning").isFalse();
        assertThat(api.get(CASES + "?earlyWarning=true&size=100", CLERK).json().path("content")
                .findValuesAsString("trackingNumber")).as("overdue is no longer an early warning")
                .doesNotContain("TN-QUEUE-LATE");
        assertThat(api.get(CASES + "?dueBefore=2026-11-24&itemCode=" + ITEM, CLERK).json().path("content")
                .findValuesAsString("trackingNumber")).contains("TN-QUEUE-LATE");
        assertThat(api.get(CASES + "?dueBefore=2026-11-23", CLERK).json().path("content")
                .findValuesAsString("trackingNumber")).doesNotContain("TN-QUEUE-LATE");
        JsonNode mine = api.get(CASES + "?assignee=reviewer&state=ACCEPTED", REVIEWER).json();
        assertThat(mine.path("content").findValuesAsString("trackingNumber")).containsExactly("TN-QUEUE-LATE");
        assertThat(api.get(CASES + "?assignee=clerk&size=1", CLERK).json().path("totalElements").asLong()).isEqualTo(1);
        assertThat(api.get(CASES + "?dueBefore=yesterday", CLERK).status()).isEqualTo(400);
    }

    @Test
    void administratorsKeepTheCalendarAndBadPeriodsAreRefused() {
        String periods = "/api/processing/v1/calendars/330100/periods";
        var created = api.post(periods, TestTokens.admin(), Map.of("name", "杭州亚运纪念日", "kind", "HOLIDAY",
                "firstDay", "2026-12-04", "lastDay", "2026-12-04"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var overlapping = api.post(periods, TestTokens.admin(), Map.of("name", "again", "kind", "HOLIDAY",
                "firstDay", "2026-12-03", "lastDay", "2026-12-05"));
        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(overlapping.contentType()).startsWith("application/problem+json");
        assertThat(overlapping.json().path("errors").get(0).path("field").asText()).isEqualTo("firstDay");

        var impossibleDate = api.post(periods, TestTokens.admin(), Map.of("name", "x", "kind", "HOLIDAY",
                "firstDay", "2026-02-30", "lastDay", "2026-03-01"));
        assertThat(impossibleDate.status()).isEqualTo(400);
        var backwards = api.post(periods, TestTokens.admin(), Map.of("name", "x", "kind", "HOLIDAY",
                "firstDay", "2026-12-20", "lastDay", "2026-12-18"));
        assertThat(backwards.status()).isEqualTo(400);
        var weekdayMakeUp = api.post(periods, TestTokens.admin(), Map.of("name", "x", "kind", "MAKE_UP_WORKDAY",
                "firstDay", "2026-12-16", "lastDay", "2026-12-16"));
        assertThat(weekdayMakeUp.status()).isEqualTo(400);
        assertThat(api.post(periods, CLERK, Map.of("name", "x", "kind", "HOLIDAY", "firstDay", "2026-12-24",
                "lastDay", "2026-12-24")).status()).isEqualTo(403);

        var national = api.get("/api/processing/v1/calendars/000000/periods?year=2026&size=100", CLERK).json();
        assertThat(national.path("totalElements").asLong()).isEqualTo(13);
        assertThat(national.path("content").findValuesAsString("firstDay")).contains("2026-02-14", "2026-10-01");

        // The regional holiday moves a Hangzhou deadline: Tue Dec 1st + 10 working days, Fri 4th off:
        // 2, 3, 7, 8, 9, 10, 11, 14, 15, 16 (Tue 15th without it).
        clock.setDay("2026-12-01");
        String id = openCase("TN-CALENDAR-1").path("id").asText();
        assertThat(act("2026-12-01", CLERK, id, "accept", Map.of()).path("deadline").path("dueOn").asText())
                .isEqualTo("2026-12-16");
    }
}
