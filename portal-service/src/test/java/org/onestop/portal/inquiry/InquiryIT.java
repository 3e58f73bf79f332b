package org.onestop.portal.inquiry;

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
import org.onestop.portal.calendar.WorkingDays;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestEvents;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;

@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InquiryIT {

    private static final String ITEM = "330100-INQ-0001";
    private static final String OTHER_ITEM = "330100-INQ-0002";
    private static final String AMR = "330100-AMR";
    private static final String HRSS = "330100-HRSS";
    private static final Duration EVENTUALLY = Duration.ofSeconds(20);

    private final ApiClient api;
    private final JdbcClient jdbc;
    private final TestTokens.Minter tokens;
    private final String amrClerk;
    private final String hrssClerk;
    private final WorkingDays workingDays;

    @Autowired
    InquiryIT(@Value("${local.server.port}") int port, JwtEncoder encoder, Clock clock, JdbcClient jdbc,
              WorkingDays workingDays) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.tokens = TestTokens.signedBy(encoder, clock);
        this.amrClerk = tokens.staff("inq-clerk", "CLERK", AMR);
        this.hrssClerk = tokens.staff("inq-hrss", "CLERK", HRSS);
    }

    @BeforeAll
    void itemsOfTwoDepartmentsArePublished() {
        publish(ITEM, "咨询投诉测试事项", AMR, "杭州市市场监督管理局");
        publish(OTHER_ITEM, "社会保险登记咨询测试", HRSS, "杭州市人力资源和社会保障局");
        await().atMost(EVENTUALLY).until(() -> api.get("/api/portal/v1/catalog/items/" + ITEM, null).status() == 200
                && api.get("/api/portal/v1/catalog/items/" + OTHER_ITEM, null).status() == 200);
    }

    private static void publish(String code, String name, String department, String departmentName) {
        TestEvents.publish(Topics.SERVICE_ITEM, new ServiceItemPublished(UUID.randomUUID().toString(), code, 1, name,
                "PUBLIC_SERVICE", "330100", department, departmentName, 20, 10,
                List.of(new FormField("note", "说明", "string", false, 1, List.of())), "web", Instant.now(),
                ServiceGuide.empty()));
    }

    private String citizen() {
        return tokens.citizen("inq-" + UUID.randomUUID());
    }

    private ApiClient.Response open(String token, Map<String, Object> body) {
        return api.post("/api/portal/v1/inquiries", token, body, Map.of("X-Channel", "wechat"));
    }

    private static LocalDate todayInChina() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** The working day (in the portal's calendar of Hangzhou) that many working days after today. */
    private LocalDate workingDaysOn(int days) {
        return workingDays.after("330100", todayInChina(), days);
    }

    @Test
    void aComplaintAboutAnItemGoesToItsDepartmentWithATenWorkingDayDeadlineAndAnEvent() {
        String asker = citizen();
        try (EventProbe probe = EventProbe.on(Topics.INQUIRY)) {
            var opened = open(asker, Map.of("kind", "COMPLAINT", "itemCode", ITEM, "departmentCode", HRSS,
                    "subject", "窗口态度", "text", "办理时等待太久", "status", "CLOSED"));

            assertThat(opened.status()).isEqualTo(201);
            var thread = opened.json();
            String id = thread.path("id").asText();
            assertThat(thread.path("departmentCode").asText()).isEqualTo(AMR);
            assertThat(thread.path("status").asText()).isEqualTo("AWAITING_REPLY");
            assertThat(thread.path("itemName").asText()).isEqualTo("咨询投诉测试事项");
            assertThat(thread.path("replyDueOn").asText()).isEqualTo(workingDaysOn(10).toString());
            assertThat(thread.path("channel").asText()).isEqualTo("wechat");
            assertThat(thread.path("messages").get(0).path("text").asText()).isEqualTo("办理时等待太久");

            await().atMost(EVENTUALLY).until(() -> probe.poll().stream().anyMatch(r -> r.key().equals(id)));
            var event = probe.poll().stream().filter(r -> r.key().equals(id)).findFirst().orElseThrow();
            assertThat(event.headers()).containsEntry("ce_type", "portal.inquiry.opened.v1")
                    .containsEntry("department", AMR).containsEntry("region", "330100")
                    .containsEntry("channel", "wechat").containsEntry("ce_subject", id);
            assertThat(event.value()).contains("\"kind\":\"COMPLAINT\"", "\"itemCode\":\"" + ITEM + "\"",
                    "\"replyDueOn\":\"" + workingDaysOn(10) + "\"");
        }
    }

    @Test
    void aConsultationAboutADepartmentIsDueInFiveWorkingDays() {
        var opened = open(citizen(), Map.of("kind", "CONSULTATION", "departmentCode", HRSS, "subject", "社保",
                "text", "如何转移社保关系"));

        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.text("departmentCode")).isEqualTo(HRSS);
        assertThat(opened.text("regionCode")).isEqualTo("330100");
        assertThat(opened.text("replyDueOn")).isEqualTo(workingDaysOn(5).toString());
        assertThat(opened.json().path("itemCode").isNull()).isTrue();
    }

    @Test
    void anEnterpriseAsksTooAndStaffWithoutADepartmentHandleNothing() {
        String enterprise = tokens.legalPerson("inq-acme-" + UUID.randomUUID());
        var opened = open(enterprise, Map.of("kind", "CONSULTATION", "itemCode", ITEM, "subject", "企业", "text", "t"));
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.text("askerType")).isEqualTo("LEGAL_PERSON");

        String homeless = tokens.issue("staff-nowhere", "nowhere", "nowhere", List.of("STAFF", "CLERK"), null, null);
        assertThat(api.get("/api/portal/v1/staff/inquiries", homeless).status()).isEqualTo(403);
        assertThat(api.post("/api/portal/v1/staff/inquiries/" + opened.text("id") + "/replies", homeless,
                Map.of("text", "x")).status()).isEqualTo(403);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        var blank = open(citizen(), Map.of("kind", "GOSSIP", "departmentCode", AMR, "subject", "", "text", ""));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertThat(blank.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("kind", "subject", "text");

        var unknownItem = open(citizen(), Map.of("kind", "CONSULTATION", "itemCode", "NOPE-1", "subject", "s", "text", "t"));
        assertThat(unknownItem.status()).isEqualTo(400);
        assertThat(unknownItem.json().path("errors").get(0).path("field").asText()).isEqualTo("itemCode");

        var unknownDepartment = open(citizen(), Map.of("kind", "CONSULTATION", "departmentCode", "999999-X",
                "subject", "s", "text", "t"));
        assertThat(unknownDepartment.status()).isEqualTo(400);
        assertThat(unknownDepartment.json().path("errors").get(0).path("field").asText()).isEqualTo("departmentCode");

        var neither = open(citizen(), Map.of("kind", "CONSULTATION", "subject", "s", "text", "t"));
        assertThat(neither.status()).isEqualTo(400);

        assertThat(jdbc.sql("select count(*) from inquiry where subject = 's'").query(Long.class).single()).isZero();
    }

    @Test
    void theDepartmentRepliesSeveralTimesTheAskerFollowsUpAndSeesTheWholeThreadUntilItIsClosed() {
        String asker = citizen();
        String id = open(asker, Map.of("kind", "CONSULTATION", "itemCode", ITEM, "subject", "材料", "text", "需要哪些材料"))
                .text("id");
        try (EventProbe probe = EventProbe.on(Topics.INQUIRY)) {
            var replied = api.post("/api/portal/v1/staff/inquiries/" + id + "/replies", amrClerk,
                    Map.of("text", "请见办事指南材料清单"));
            assertThat(replied.status()).isEqualTo(200);
            assertThat(replied.text("status")).isEqualTo("REPLIED");

            var followedUp = api.post("/api/portal/v1/inquiries/" + id + "/follow-ups", asker, Map.of("text", "复印件可以吗"));
            assertThat(followedUp.status()).isEqualTo(200);
            assertThat(followedUp.text("status")).isEqualTo("AWAITING_REPLY");

            api.post("/api/portal/v1/staff/inquiries/" + id + "/replies", amrClerk, Map.of("text", "需原件"));
            var seen = api.get("/api/portal/v1/inquiries/" + id, asker).json();
            assertThat(seen.path("replies").asInt()).isEqualTo(2);
            assertThat(seen.path("messages").findValuesAsString("author"))
                    .containsExactly("ASKER", "DEPARTMENT", "ASKER", "DEPARTMENT");
            assertThat(seen.path("messages").findValuesAsString("text"))
                    .containsExactly("需要哪些材料", "请见办事指南材料清单", "复印件可以吗", "需原件");

            var inbox = api.get("/api/portal/v1/notifications", asker).json();
            assertThat(inbox.path("content").findValuesAsString("kind")).containsExactly("REPLY", "REPLY");
            assertThat(inbox.path("content").findValuesAsString("reference")).containsOnly(id);

            var closed = api.post("/api/portal/v1/staff/inquiries/" + id + "/close", amrClerk, Map.of("note", "已答复"));
            assertThat(closed.status()).isEqualTo(200);
            assertThat(closed.text("status")).isEqualTo("CLOSED");
            assertThat(api.get("/api/portal/v1/inquiries/" + id, asker).text("closeNote")).isEqualTo("已答复");

            var lateFollowUp = api.post("/api/portal/v1/inquiries/" + id + "/follow-ups", asker, Map.of("text", "还有"));
            assertThat(lateFollowUp.status()).isEqualTo(409);
            assertThat(api.post("/api/portal/v1/staff/inquiries/" + id + "/replies", amrClerk, Map.of("text", "x"))
                    .status()).isEqualTo(409);

            await().atMost(EVENTUALLY).until(() -> probe.poll().stream().filter(r -> r.key().equals(id)).count() == 5);
            assertThat(probe.poll().stream().filter(r -> r.key().equals(id)).map(r -> r.headers().get("ce_type")))
                    .containsExactly("portal.inquiry.opened.v1", "portal.inquiry.replied.v1", "portal.inquiry.followed-up.v1",
                            "portal.inquiry.replied.v1", "portal.inquiry.closed.v1");
            var reply = probe.poll().stream().filter(r -> r.key().equals(id)).skip(1).findFirst().orElseThrow();
            assertThat(reply.value()).contains("\"askerId\"", "\"onTime\":true", "\"repliedBy\":\"inq-clerk\"");
        }
    }

    @Test
    void nobodyButTheAskerSeesAThreadAndOnlyItsDepartmentAnswersIt() {
        String asker = citizen();
        String id = open(asker, Map.of("kind", "COMPLAINT", "itemCode", ITEM, "subject", "私密", "text", "内容")).text("id");

        var asSomeoneElse = api.get("/api/portal/v1/inquiries/" + id, citizen());
        assertThat(asSomeoneElse.status()).isEqualTo(404);
        assertThat(asSomeoneElse.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/portal/v1/inquiries/" + id + "/follow-ups", citizen(), Map.of("text", "x")).status())
                .isEqualTo(404);

        assertThat(api.get("/api/portal/v1/staff/inquiries/" + id, hrssClerk).status()).isEqualTo(404);
        assertThat(api.post("/api/portal/v1/staff/inquiries/" + id + "/replies", hrssClerk, Map.of("text", "x")).status())
                .isEqualTo(404);
        assertThat(api.post("/api/portal/v1/staff/inquiries/" + id + "/close", hrssClerk, Map.of()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/portal/v1/staff/inquiries/" + id, amrClerk).status()).isEqualTo(200);

        assertThat(api.get("/api/portal/v1/staff/inquiries", asker).status()).isEqualTo(403);
        assertThat(api.post("/api/portal/v1/staff/inquiries/" + id + "/replies", asker, Map.of("text", "x")).status())
                .isEqualTo(403);
        assertThat(open(amrClerk, Map.of("kind", "COMPLAINT", "itemCode", ITEM, "subject", "s", "text", "t")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/portal/v1/inquiries/" + id, null).status()).isEqualTo(401);
    }

    @Test
    void staffListTheirDepartmentsOpenThreadsPagedAndFilteredByKindAndOverdue() {
        String department = "330100-INQ-LIST";
        publish("330100-INQ-0003", "列表测试事项", department, "列表测试部门");
        await().atMost(EVENTUALLY).until(() -> api.get("/api/portal/v1/catalog/items/330100-INQ-0003", null).status() == 200);
        String staff = tokens.staff("inq-list", "CLERK", department);
        String asker = citizen();
        String consultation = open(asker, Map.of("kind", "CONSULTATION", "departmentCode", department, "subject", "一", "text", "t")).text("id");
        String complaint = open(asker, Map.of("kind", "COMPLAINT", "departmentCode", department, "subject", "二", "text", "t")).text("id");
        String late = open(asker, Map.of("kind", "COMPLAINT", "departmentCode", department, "subject", "三", "text", "t")).text("id");
        String closed = open(asker, Map.of("kind", "CONSULTATION", "departmentCode", department, "subject", "四", "text", "t")).text("id");
        api.post("/api/portal/v1/staff/inquiries/" + closed + "/close", staff, Map.of());
        // the third was opened twelve days ago: its ten days are over
        jdbc.sql("update inquiry set reply_due_on = ?, opened_at = now() - interval '12 days' where id = ?")
                .params(todayInChina().minusDays(2), UUID.fromString(late)).update();

        var open = api.get("/api/portal/v1/staff/inquiries?size=2", staff).json();
        assertThat(open.path("totalElements").asInt()).isEqualTo(3);
        assertThat(open.path("totalPages").asInt()).isEqualTo(2);
        assertThat(open.path("content").get(0).path("id").asText()).isEqualTo(late);
        assertThat(open.path("content").get(0).path("overdue").asBoolean()).isTrue();

        var complaints = api.get("/api/portal/v1/staff/inquiries?kind=COMPLAINT", staff).json();
        assertThat(complaints.path("content").findValuesAsString("id")).containsExactlyInAnyOrder(complaint, late);

        var overdue = api.get("/api/portal/v1/staff/inquiries?overdue=true", staff).json();
        assertThat(overdue.path("content").findValuesAsString("id")).containsExactly(late);
        var notOverdue = api.get("/api/portal/v1/staff/inquiries?overdue=false", staff).json();
        assertThat(notOverdue.path("content").findValuesAsString("id")).containsExactlyInAnyOrder(consultation, complaint);

        var closedOnes = api.get("/api/portal/v1/staff/inquiries?status=CLOSED", staff).json();
        assertThat(closedOnes.path("content").findValuesAsString("id")).containsExactly(closed);

        assertThat(api.get("/api/portal/v1/staff/inquiries?kind=GOSSIP", staff).status()).isEqualTo(400);
        assertThat(api.get("/api/portal/v1/staff/inquiries?size=500", staff).status()).isEqualTo(400);

        var mine = api.get("/api/portal/v1/inquiries?size=3", asker).json();
        assertThat(mine.path("totalElements").asInt()).isEqualTo(4);
        assertThat(mine.path("content").size()).isEqualTo(3);
    }
}
