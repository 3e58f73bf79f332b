package org.onestop.processing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.Topics;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.EventProbe.Received;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each region's working days go out on {@code processing.calendar.v1} as full snapshots: the
 * seeded 2026 national schedule at start-up, a region's year whenever an administrator defines or
 * removes one of its periods, and every region with a calendar of its own when the national
 * schedule changes; replicas checking at the same time publish a list once.
 */
@ServiceIntegrationTest
class CalendarPublicationIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;
    private final JdbcClient jdbc;
    private final CalendarPublication publication;

    @Autowired
    CalendarPublicationIT(@Value("${local.server.port}") int port, JdbcClient jdbc, CalendarPublication publication) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
        this.publication = publication;
    }

    private static String periods(String region) {
        return "/api/processing/v1/calendars/" + region + "/periods";
    }

    private long revisionOf(String region, int year) {
        return jdbc.sql("select coalesce(max(revision), 0) from calendar_publication where region_code = ? and year = ?")
                .params(region, year).query(Long.class).single();
    }

    /** The working days of the newest snapshot of the region's year that satisfies the condition. */
    private static List<String> awaitSnapshot(EventProbe probe, String key, java.util.function.Predicate<List<String>> until) {
        return await().atMost(EVENTUALLY).until(() -> {
            List<Received> records = probe.poll().stream().filter(r -> key.equals(r.key())).toList();
            return records.isEmpty() ? null : daysOf(records.get(records.size() - 1));
        }, days -> days != null && until.test(days));
    }

    private static List<String> daysOf(Received record) {
        JsonNode body = JSON.readTree(record.value());
        List<String> days = new ArrayList<>();
        body.path("workingDays").forEach(day -> days.add(day.asText()));
        return days;
    }

    @Test
    void theSeededNationalScheduleIsPublishedAtStartUp() {
        await().atMost(EVENTUALLY).until(() -> revisionOf("000000", 2026) == 1);
        try (EventProbe probe = EventProbe.on(Topics.CALENDAR)) {
            List<String> days = awaitSnapshot(probe, "000000/2026", d -> true);

            // 261 weekdays, 19 of them holidays, 6 weekend make-up days (V3__working_day_calendar.sql)
            assertThat(days).hasSize(248);
            assertThat(days).contains("2026-01-04", "2026-09-20", "2026-09-30", "2026-10-08", "2026-10-10")
                    .doesNotContain("2026-01-01", "2026-02-16", "2026-10-01", "2026-10-07", "2026-10-11");
            assertThat(days).isSorted();
            Received record = probe.poll().stream().filter(r -> "000000/2026".equals(r.key())).findFirst().orElseThrow();
            assertThat(record.headers()).containsEntry("ce_type", "processing.calendar.working-days-published.v1")
                    .containsEntry("ce_subject", "000000").containsEntry("region", "000000")
                    .containsEntry("channel", "system");
            assertThat(JSON.readTree(record.value()).path("year").asInt()).isEqualTo(2026);
            List<String> holidays = new ArrayList<>();
            JSON.readTree(record.value()).path("publicHolidays").forEach(day -> holidays.add(day.asText()));
            assertThat(holidays).as("National Day's weekend is a holiday, an ordinary weekend is not")
                    .contains("2026-10-01", "2026-10-03", "2026-10-04", "2026-10-07")
                    .doesNotContain("2026-10-10", "2026-10-11", "2026-09-30").isSorted();
        }
    }

    @Test
    void aRegionsPeriodIsPublishedWithItsChangeAndAgainWhenItIsRemoved() {
        try (EventProbe probe = EventProbe.on(Topics.CALENDAR)) {
            var refused = api.post(periods("330200"), TestTokens.admin(), Map.of("name", "x", "kind", "HOLIDAY",
                    "firstDay", "2026-12-20", "lastDay", "2026-12-18"));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(revisionOf("330200", 2026)).as("nothing published for a refused period").isZero();

            var created = api.post(periods("330200"), TestTokens.admin(), Map.of("name", "宁波地方节日", "kind", "HOLIDAY",
                    "firstDay", "2026-12-04", "lastDay", "2026-12-04"), Map.of("X-Channel", "web"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(revisionOf("330200", 2026)).as("published in the change's transaction").isEqualTo(1);

            List<String> withHoliday = awaitSnapshot(probe, "330200/2026", days -> !days.contains("2026-12-04"));
            assertThat(withHoliday).as("the national schedule under the region's own period")
                    .contains("2026-12-03", "2026-10-10").doesNotContain("2026-10-01").hasSize(247);

            assertThat(api.delete(periods("330200") + "/" + created.text("id"), TestTokens.admin()).status())
                    .isEqualTo(204);
            List<String> without = awaitSnapshot(probe, "330200/2026", days -> days.contains("2026-12-04"));
            assertThat(without).hasSize(248);
            assertThat(revisionOf("330200", 2026)).isEqualTo(2);
        }
    }

    @Test
    void aChangeToTheNationalScheduleRepublishesEveryRegionWithACalendarOfItsOwn() {
        assertThat(api.post(periods("330300"), TestTokens.admin(), Map.of("name", "温州地方节日", "kind", "HOLIDAY",
                "firstDay", "2030-05-06", "lastDay", "2030-05-06")).status()).isEqualTo(201);
        long regionBefore = revisionOf("330300", 2030);
        try (EventProbe probe = EventProbe.on(Topics.CALENDAR)) {
            assertThat(api.post(periods("000000"), TestTokens.admin(), Map.of("name", "国庆节 2030", "kind", "HOLIDAY",
                    "firstDay", "2030-10-01", "lastDay", "2030-10-01")).status()).isEqualTo(201);

            assertThat(awaitSnapshot(probe, "000000/2030", days -> !days.contains("2030-10-01"))).contains("2030-10-02");
            assertThat(awaitSnapshot(probe, "330300/2030", days -> !days.contains("2030-10-01")))
                    .as("the region's own day stays off").doesNotContain("2030-05-06").contains("2030-05-07");
            assertThat(revisionOf("330300", 2030)).isEqualTo(regionBefore + 1);
        }
    }

    /** Four replicas checking at once (as at a rolling start) publish a changed list exactly once. */
    @Test
    void replicasCheckingTogetherPublishEachListOnce() throws Exception {
        await().atMost(EVENTUALLY).until(() -> revisionOf("000000", 2026) >= 1);
        jdbc.sql("delete from calendar_publication where region_code = '000000' and year = 2026").update();
        long nextYear = revisionOf("000000", 2027);

        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(replicas.submit(publication::publishAll));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }

        assertThat(revisionOf("000000", 2026)).isEqualTo(1);
        assertThat(revisionOf("000000", 2027)).as("unchanged lists are not sent again").isEqualTo(nextYear);
    }
}
