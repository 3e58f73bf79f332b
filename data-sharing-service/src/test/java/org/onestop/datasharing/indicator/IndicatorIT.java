package org.onestop.datasharing.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.ArticlePublished;
import org.onestop.datasharing.PublishedItems;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.contracts.portal.SubmittedMaterial;
import org.onestop.contracts.processing.CaseConcluded;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestEvents;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIntegrationTest
class IndicatorIT {

    private static final String DEPARTMENT = "330100-IND";

    private final ApiClient api;
    private final IndicatorSeries series;
    private final IndicatorComputation computation;
    private final IndicatorGauges gauges;
    private final JdbcClient jdbc;

    @Autowired
    IndicatorIT(@Value("${local.server.port}") int port, IndicatorComputation computation, IndicatorGauges gauges,
                JdbcClient jdbc) {
        this.api = ApiClient.onPort(port);
        this.series = new IndicatorSeries(api);
        this.computation = computation;
        this.gauges = gauges;
        this.jdbc = jdbc;
    }

    /** An item version as management publishes it, with the guide fields the indicators read. */
    private static void publishItem(String code, String onlineDepth, int visits, int legal, int promised) {
        publishItem(DEPARTMENT, code, onlineDepth, visits, legal, promised);
    }

    private static void publishItem(String department, String code, String onlineDepth, int visits, int legal,
                                    int promised) {
        PublishedItems.publish(department, code, legal, promised, Map.of("onlineDepth", onlineDepth, "visits", visits));
    }

    private static void apply(String channel) {
        TestEvents.publish(Topics.APPLICATION, new ApplicationSubmitted(UUID.randomUUID().toString(),
                "TN-" + UUID.randomUUID(), "IND-1", 1, "事项", "c-1", "张三", "NATURAL_PERSON", Map.of(), "330100",
                DEPARTMENT, channel, Instant.now(), List.of()));
    }

    private double today(String indicator) {
        return today(indicator, DEPARTMENT);
    }

    private double today(String indicator, String department) {
        return series.today(indicator, "&department=" + department + "&region=330100");
    }

    @Test
    void theCatalogAndTheDaysApplicationsGiveTheIndicators() {
        publishItem("IND-1", "IV", 0, 20, 5);
        publishItem("IND-2", "III", 1, 20, 10);
        publishItem("IND-3", "I", 2, 10, 10);
        publishItem("IND-4", "II", 1, 10, 5);
        apply("web");
        apply("wechat");
        apply("app");
        apply("hall");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from event_log where department_code = ?").param(DEPARTMENT).query(Long.class).single() == 8);

        assertThat(computation.computeFor(LocalDate.now(IndicatorComputation.CHINA))).isTrue();
        gauges.refresh();

        assertThat(today("online_handling_availability")).isEqualTo(0.5);
        assertThat(today("fully_online_rate")).isEqualTo(0.25);
        assertThat(today("zero_visit_rate")).isEqualTo(0.25);
        assertThat(today("time_limit_compression")).isEqualTo(0.4375);
        assertThat(today("actual_online_rate")).isEqualTo(0.75);
        assertThat(today("average_visits")).isEqualTo(1.0);
        assertThat(today("guide_completeness_score")).as("these guides fill in none of the seven sections")
                .isEqualTo(0.0);
        assertThat(series.today("actual_online_rate", "&department=" + DEPARTMENT + "&region=330100&channel=wechat"))
                .as("per channel").isEqualTo(1.0);
        assertThat(series.today("actual_online_rate", "&department=" + DEPARTMENT + "&region=330100&channel=hall"))
                .isEqualTo(0.0);
        assertThat(series.today("actual_online_rate", "&item=IND-1")).as("per item, region and department left out")
                .isEqualTo(0.75);
        assertThat(series.today("actual_online_rate", "&item=IND-1&region=330100&department=" + DEPARTMENT
                + "&channel=hall")).as("per item and channel").isEqualTo(0.0);
        String metrics = api.get("/actuator/prometheus", null).body();
        assertThat(metrics).contains("onestop_indicator_value{").contains("indicator=\"actual_online_rate\"");
        assertThat(metrics.lines().filter(line -> line.startsWith("onestop_indicator_value{")
                && line.contains("indicator=\"actual_online_rate\"") && line.contains("department=\"" + DEPARTMENT + "\"")
                && line.contains("channel=\"wechat\""))).as("the gauge's channel tag").hasSize(1);
    }

    @Test
    void conclusionsCertificateMaterialsAndPublicDisclosureGiveTheirIndicators() {
        String department = "330100-IN2";
        String trackingNumber = "TN-" + UUID.randomUUID();
        conclude(department, 5, true);
        conclude(department, 25, false);
        conclude(department, trackingNumber, 0, true);
        SubmittedMaterial licence = new SubmittedMaterial("营业执照", "BUSINESS_LICENCE", "ZZ-0001", null, null, null, 0,
                null);
        SubmittedMaterial idCard = new SubmittedMaterial("身份证", "ID_CARD", "ZZ-0002", null, null, null, 0, null);
        SubmittedMaterial upload = new SubmittedMaterial("平面图", null, null, "file-1", "plan.pdf", "application/pdf",
                1024, "ab12");
        TestEvents.publish(Topics.APPLICATION, new ApplicationSubmitted(UUID.randomUUID().toString(),
                trackingNumber, "IND-9", 1, "事项", "c-1", "张三", "NATURAL_PERSON", Map.of(), "330100",
                department, "app", Instant.now(), List.of(licence, idCard, upload)));
        Instant now = Instant.now();
        article(department, "NEWS", now.minus(20, ChronoUnit.DAYS));
        article(department, "NOTICES", now.minus(3, ChronoUnit.DAYS));
        article(department, "POLICIES", now.minus(200, ChronoUnit.DAYS));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                select count(*) from event_log where department_code = ? and event_type in (
                    'processing.case.concluded.v1', 'portal.application.submitted.v1',
                    'management.content.article-published.v1')""").param(department).query(Long.class).single() == 7);

        assertThat(computation.computeFor(LocalDate.now(IndicatorComputation.CHINA))).isTrue();

        assertThat(today("on_time_conclusion_rate", department)).isEqualTo(0.6667);
        assertThat(today("average_handling_days", department)).isEqualTo(10.0);
        String ofDepartment = "&region=330100&department=" + department;
        assertThat(series.today("on_time_conclusion_rate", ofDepartment + "&channel=app"))
                .as("a conclusion counts under its application's channel").isEqualTo(1.0);
        assertThat(series.today("on_time_conclusion_rate", ofDepartment + "&channel=unknown"))
                .as("conclusions whose application is not in the log").isEqualTo(0.5);
        assertThat(series.today("materials_saved_by_sharing", ofDepartment + "&channel=app")).isEqualTo(2.0);
        assertThat(today("materials_saved_by_sharing", department)).isEqualTo(2.0);
        assertThat(today("days_since_last_update", department)).isEqualTo(3.0);
        assertThat(today("stale_columns", department)).as("news after two weeks, policies after six months")
                .isEqualTo(2.0);
    }

    private static void conclude(String department, int usedDays, boolean onTime) {
        conclude(department, "TN-" + UUID.randomUUID(), usedDays, onTime);
    }

    /** A conclusion as processing publishes it: the channel is the approver's ("web"), not the application's. */
    private static void conclude(String department, String trackingNumber, int usedDays, boolean onTime) {
        String id = UUID.randomUUID().toString();
        TestEvents.publish(Topics.CASE, new CaseConcluded(id, "app-" + id, trackingNumber, "APPROVED", "符合条件",
                "approver", "IND-9", 1, "事项", "c-1", "张三", "330100", department, "web", Instant.now(), 20, usedDays,
                onTime));
    }

    private static void article(String department, String column, Instant publishedAt) {
        TestEvents.publishAt(Topics.CONTENT, new ArticlePublished(UUID.randomUUID().toString(), column, "标题", "摘要",
                "正文", 1, "330100", department, "web", publishedAt), publishedAt);
    }

    @Test
    void aDayOnWhichNothingWasPublishedYetIsComputedWithoutTheValuesItHasNoDataFor() {
        LocalDate beforeAnyArticle = LocalDate.of(2001, 1, 1);
        publishItem("330100-IN3", "IND-EMPTY-1", "IV", 0, 20, 10);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from event_log where subject = ?")
                .param("IND-EMPTY-1").query(Long.class).single() == 1);

        assertThat(computation.computeFor(beforeAnyArticle)).isTrue();

        assertThat(jdbc.sql("select count(*) from indicator_value where day = ? and indicator = 'days_since_last_update'")
                .param(java.sql.Date.valueOf(beforeAnyArticle)).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from indicator_value where day = ? and indicator = 'online_handling_availability'")
                .param(java.sql.Date.valueOf(beforeAnyArticle)).query(Long.class).single())
                .as("the other indicators of that day were still written").isPositive();
    }

    /**
     * The link check's verdicts (written here as LinkChecking would) on the links of the published
     * guides: the share valid per department and item; a link not yet checked does not count, and
     * a verdict on a link no published guide has any more neither.
     */
    @Test
    void theLinkChecksVerdictsGiveTheLinkValidityRate() {
        String department = "330100-IN4";
        String base = "https://forms.example.gov.cn/" + UUID.randomUUID() + "/";
        publishItemWithLinks(department, "IND-LNK-1", base + "a.docx", base + "a.pdf");
        publishItemWithLinks(department, "IND-LNK-2", base + "b.docx", base + "unchecked.pdf");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from guide_link where department_code = ?").param(department).query(Long.class).single()
                == 4);
        verdict(base + "a.docx", true);
        verdict(base + "a.pdf", false);
        verdict(base + "b.docx", true);
        verdict(base + "no-longer-linked.docx", false);

        assertThat(computation.computeFor(LocalDate.now(IndicatorComputation.CHINA))).isTrue();

        assertThat(series.today("link_validity_rate", "&region=330100&department=" + department)).isEqualTo(0.6667);
        assertThat(series.today("link_validity_rate", "&item=IND-LNK-1")).isEqualTo(0.5);
        assertThat(series.today("link_validity_rate", "&item=IND-LNK-2")).isEqualTo(1.0);
    }

    private static void publishItemWithLinks(String department, String code, String blankFormUrl, String exampleUrl) {
        PublishedItems.publish(department, code, 20, 10, Map.of("materials",
                List.of(Map.of("name", "申请书", "blankFormUrl", blankFormUrl, "exampleUrl", exampleUrl))));
    }

    /** A verdict as the link check records it, not due again for a day. */
    private void verdict(String url, boolean valid) {
        jdbc.sql("""
                insert into link_check (url, next_check_at, checked_at, valid, status_code, problem)
                values (?, now() + interval '1 day', now(), ?, ?, ?)
                on conflict (url) do update set next_check_at = excluded.next_check_at, checked_at = excluded.checked_at,
                    valid = excluded.valid, status_code = excluded.status_code, problem = excluded.problem""")
                .params(url, valid, valid ? 200 : 404, valid ? null : "HTTP 404")
                .update();
    }

    @Test
    void aRecomputationTakesInTheEventsOfAPastDayAndKeepsItsCatalogFigures() {
        String department = "330100-IN5";
        LocalDate yesterday = LocalDate.now(IndicatorComputation.CHINA).minusDays(1);
        Instant lateEvening = yesterday.atTime(23, 59).atZone(IndicatorComputation.CHINA).toInstant();
        publishItem(department, "IND-LATE-1", "IV", 0, 20, 10);
        TestEvents.publishAt(Topics.APPLICATION, new ApplicationSubmitted(UUID.randomUUID().toString(),
                "TN-" + UUID.randomUUID(), "IND-LATE-1", 1, "事项", "c-1", "张三", "NATURAL_PERSON", Map.of(), "330100",
                department, "web", lateEvening, List.of()), lateEvening);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
                "select event_type from event_log where department_code = ? order by event_type").param(department)
                .query(String.class).list())
                .containsExactly("management.service-item.published.v1", "portal.application.submitted.v1"));
        String ofYesterday = "&region=330100&department=" + department + "&from=" + yesterday + "&to=" + yesterday;

        var recomputed = api.post("/api/data-sharing/v1/indicators/recomputation?from=" + yesterday + "&to=" + yesterday,
                TestTokens.admin(), Map.of());

        assertThat(recomputed.status()).as(recomputed.body()).isEqualTo(200);
        assertThat(recomputed.json().path("days").asInt()).isEqualTo(1);
        var online = api.get("/api/data-sharing/v1/indicators?indicator=actual_online_rate" + ofYesterday,
                TestTokens.admin()).json().path("points");
        assertThat(online.size()).isEqualTo(1);
        assertThat(online.get(0).path("day").asString()).isEqualTo(yesterday.toString());
        assertThat(online.get(0).path("value").asDouble()).isEqualTo(1.0);
        assertThat(api.get("/api/data-sharing/v1/indicators?indicator=online_handling_availability" + ofYesterday,
                TestTokens.admin()).json().path("points").isEmpty())
                .as("the catalog as it is today is no figure of yesterday").isTrue();
        assertThat(api.post("/api/data-sharing/v1/indicators/recomputation?from=" + yesterday, TestTokens.staff("supervisor", "SUPERVISOR", "330100-IN5"),
                Map.of()).status()).isEqualTo(403);
        assertThat(api.post("/api/data-sharing/v1/indicators/recomputation?from=2026-02-01&to=2026-01-01",
                TestTokens.admin(), Map.of()).status()).isEqualTo(400);
    }

    @Test
    void aPeriodBackwardsIsABadRequest() {
        var refused = api.get("/api/data-sharing/v1/indicators?indicator=x&from=2026-02-01&to=2026-01-01", TestTokens.admin());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(api.get("/api/data-sharing/v1/indicators?indicator=x", TestTokens.clerk()).status()).isEqualTo(403);
    }
}
