package org.onestop.datasharing.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.contracts.portal.AppealAnswered;
import org.onestop.contracts.portal.BadReviewRaised;
import org.onestop.contracts.portal.EvaluationSubmitted;
import org.onestop.contracts.portal.RectificationCompleted;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The good-review rate and the rectification-on-time rate from the portal's evaluation events. */
@ServiceIntegrationTest
class ReviewIndicatorIT {

    private static final String REVIEWED = "330100-EVL";
    private static final String RECTIFYING = "330100-RCT";

    private final IndicatorSeries series;
    private final IndicatorComputation computation;
    private final JdbcClient jdbc;
    private final LocalDate today = LocalDate.now(IndicatorComputation.CHINA);

    @Autowired
    ReviewIndicatorIT(@Value("${local.server.port}") int port, IndicatorComputation computation, JdbcClient jdbc) {
        this.series = new IndicatorSeries(ApiClient.onPort(port));
        this.computation = computation;
        this.jdbc = jdbc;
    }

    @Test
    void theDaysEvaluationsGiveTheGoodReviewRatePerChannelAndItem() {
        evaluate(REVIEWED, "EVL-1", "VERY_SATISFIED", "wechat");
        evaluate(REVIEWED, "EVL-1", "SATISFIED", "wechat");
        evaluate(REVIEWED, "EVL-1", "BASICALLY_SATISFIED", "web");
        evaluate(REVIEWED, "EVL-2", "DISSATISFIED", "app");
        awaitEvaluationEvents(REVIEWED, 4);

        assertThat(computation.computeFor(today)).isTrue();
        String ofDepartment = "&region=330100&department=" + REVIEWED;

        assertThat(series.today("good_review_rate", ofDepartment))
                .as("every review but the two bad levels is good").isEqualTo(0.75);
        assertThat(series.today("good_review_rate", ofDepartment + "&channel=wechat")).isEqualTo(1.0);
        assertThat(series.today("good_review_rate", ofDepartment + "&channel=web"))
                .as("basically satisfied is a good review").isEqualTo(1.0);
        assertThat(series.today("good_review_rate", "&item=EVL-1")).isEqualTo(1.0);
        assertThat(series.today("good_review_rate", "&item=EVL-2&channel=app")).isEqualTo(0.0);
    }

    /**
     * Today settles: a rectification recorded in time today, a deadline that passed yesterday
     * without one, and the new deadline of an upheld appeal that passed yesterday too. A deadline
     * that passed before yesterday (settled then, however late the rectification came today) and
     * one still running do not count today.
     */
    @Test
    void deadlinesSettledTodayGiveTheRectificationOnTimeRate() {
        Instant now = Instant.now();
        String inTime = raise("RCT-1", "app", today.plusDays(10), now);
        complete(inTime, "RCT-1", true, now);
        raise("RCT-2", "wechat", today.minusDays(1), now.minus(15, ChronoUnit.DAYS));
        String lateBeforeYesterday = raise("RCT-3", "wechat", today.minusDays(2), now.minus(16, ChronoUnit.DAYS));
        complete(lateBeforeYesterday, "RCT-3", false, now);
        raise("RCT-4", "wechat", today.plusDays(5), now);
        String appealed = raise("RCT-5", "web", today.minusDays(15), now.minus(30, ChronoUnit.DAYS));
        complete(appealed, "RCT-5", true, now.minus(20, ChronoUnit.DAYS));
        TestEvents.publishAt(Topics.EVALUATION, new AppealAnswered(appealed, appealed, "TN-" + appealed, "UPHELD",
                today.minusDays(1), "supervisor", "330100", RECTIFYING, "web", now.minus(3, ChronoUnit.DAYS)),
                now.minus(3, ChronoUnit.DAYS));
        awaitEvaluationEvents(RECTIFYING, 5 + 3 + 1);

        assertThat(computation.computeFor(today)).isTrue();
        String ofDepartment = "&region=330100&department=" + RECTIFYING;

        var point = series.todayPoint("rectification_on_time_rate", ofDepartment);
        assertThat(point.path("numerator").asDouble()).as("met in time today").isEqualTo(1.0);
        assertThat(point.path("denominator").asDouble()).as("settled today").isEqualTo(3.0);
        assertThat(point.path("value").asDouble()).isEqualTo(0.3333);
        assertThat(series.today("rectification_on_time_rate", ofDepartment + "&channel=app")).isEqualTo(1.0);
        assertThat(series.today("rectification_on_time_rate", ofDepartment + "&channel=web"))
                .as("the upheld appeal's new deadline").isEqualTo(0.0);
        assertThat(series.today("rectification_on_time_rate", "&item=RCT-2")).isEqualTo(0.0);
        assertThat(series.noneToday("rectification_on_time_rate", "&item=RCT-3"))
                .as("settled the day before yesterday").isTrue();
        assertThat(series.noneToday("rectification_on_time_rate", "&item=RCT-4")).as("still running").isTrue();
    }

    private static void evaluate(String department, String item, String level, String channel) {
        String id = UUID.randomUUID().toString();
        boolean bad = level.endsWith("DISSATISFIED");
        TestEvents.publish(Topics.EVALUATION, new EvaluationSubmitted(id, "app-" + id, "TN-" + id, "case-" + id, item, 1,
                level, bad, 4, 4, 4, 4, 4, "citizen-1", "330100", department, channel, Instant.now()));
    }

    /** A bad review of the item raised at {@code at}; returns the evaluation id (also the rectification's here). */
    private static String raise(String item, String channel, LocalDate dueOn, Instant at) {
        String id = UUID.randomUUID().toString();
        TestEvents.publishAt(Topics.EVALUATION, new BadReviewRaised(id, id, "TN-" + id, item, "VERY_DISSATISFIED", dueOn,
                "330100", RECTIFYING, channel, at), at);
        return id;
    }

    /** The department's outcome as the portal publishes it: its channel is the staff member's. */
    private static void complete(String id, String item, boolean onTime, Instant at) {
        TestEvents.publishAt(Topics.EVALUATION, new RectificationCompleted(id, id, "TN-" + id, item, true, "RECTIFIED",
                onTime, "clerk", "330100", RECTIFYING, "hall", at), at);
    }

    private void awaitEvaluationEvents(String department, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from event_log where topic = ? and department_code = ?")
                .params(Topics.EVALUATION, department).query(Long.class).single() == count);
    }
}
