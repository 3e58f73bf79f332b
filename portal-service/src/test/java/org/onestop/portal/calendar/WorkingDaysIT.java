package org.onestop.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onestop.contracts.Topics;
import org.onestop.contracts.processing.CaseAccepted;
import org.onestop.contracts.processing.CaseConcluded;
import org.onestop.contracts.processing.CaseReceived;
import org.onestop.contracts.processing.WorkingDaysPublished;
import org.onestop.portal.BookableItems;
import org.onestop.portal.calendar.domain.PublishedSchedule2026;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.SettableClock;
import org.onestop.testsupport.TestEvents;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * The portal counts its deadlines and opens its halls on the working days processing publishes
 * on {@code processing.calendar.v1}: here the 2026 national schedule, on days around National Day
 * (1 to 7 October off, Saturday 10 October worked), with a clock set to the day played. Hangzhou
 * (330100) has no list of its own and follows the national one; 2027 has no list at all.
 */
@ServiceIntegrationTest
@Import(SettableClock.Installed.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkingDaysIT {

    private static final String ITEM = "330100-WD-0001";
    private static final Duration EVENTUALLY = Duration.ofSeconds(20);

    private final ApiClient api;
    private final JdbcClient jdbc;
    private final SettableClock clock;
    private final WorkingDays workingDays;
    private final TestTokens.Minter tokens;

    @Autowired
    WorkingDaysIT(@Value("${local.server.port}") int port, JdbcClient jdbc, Clock clock,
                  WorkingDays workingDays, JwtEncoder encoder) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
        this.clock = (SettableClock) clock;
        this.workingDays = workingDays;
        this.tokens = TestTokens.signedBy(encoder, clock);
    }

    @BeforeAll
    void theNationalScheduleIsPublishedAndAnItemWithHallsOpenEveryDay() {
        publish("000000", 2026, PublishedSchedule2026.workingDays());
        BookableItems.publish(api, ITEM);
    }

    /** Publishes a region's year as processing does, and waits until the portal holds exactly that list. */
    private void publish(String region, int year, List<LocalDate> days) {
        TestEvents.publish(Topics.CALENDAR, new WorkingDaysPublished(region, year, days,
                year == 2026 ? PublishedSchedule2026.publicHolidays() : List.of(), null, "system", Instant.now()));
        await().atMost(EVENTUALLY).until(() -> held(region, year).equals(days));
    }

    private List<LocalDate> held(String region, int year) {
        return jdbc.sql("select day from working_day where region_code = ? and extract(year from day) = ? order by day")
                .params(region, year).query(LocalDate.class).list();
    }

    private String concludedApplication(String accountId, String token) {
        var submitted = api.post("/api/portal/v1/applications", token, Map.of("itemCode", ITEM, "formData", Map.of()));
        assertThat(submitted.status()).isEqualTo(201);
        String id = submitted.text("id");
        String tracking = submitted.text("trackingNumber");
        String caseId = UUID.randomUUID().toString();
        TestEvents.publish(Topics.CASE, new CaseReceived(caseId, id, tracking, ITEM, 1, "330100", "330100-AMR", "web",
                Instant.now()));
        TestEvents.publish(Topics.CASE, new CaseAccepted(caseId, id, tracking, "clerk", "受理", "330100", "330100-AMR",
                "hall", Instant.now()));
        TestEvents.publish(Topics.CASE, new CaseConcluded(caseId, id, tracking, "APPROVED", null, "approver", ITEM, 1,
                "办结", accountId, "张三", "330100", "330100-AMR", "hall", Instant.now(), 10, 3, true));
        await().atMost(EVENTUALLY).until(() -> api.get("/api/portal/v1/applications/" + id, token).text("status")
                .equals("CONCLUDED"));
        return id;
    }

    @Test
    void aBadReviewOnTheEveOfNationalDayIsDueFifteenWorkingDaysLaterCountingTheMakeUpSaturday() {
        String accountId = "wd-" + UUID.randomUUID();
        String reviewer = tokens.citizen(accountId);
        String application = concludedApplication(accountId, reviewer);
        clock.setDay("2026-09-30");

        var evaluated = api.post("/api/portal/v1/evaluations", reviewer,
                Map.of("applicationId", application, "level", "VERY_DISSATISFIED"));

        assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(201);
        // Thu 8, Fri 9, Sat 10 (make-up), Mon 12 to Fri 16, Mon 19 to Fri 23, Mon 26, Tue 27
        assertThat(evaluated.json().path("rectification").path("dueOn").asText()).isEqualTo("2026-10-27");
    }

    @Test
    void questionsBeforeNationalDayAreDueInWorkingDays() {
        clock.setDay("2026-09-30");
        String asker = tokens.citizen("wd-" + UUID.randomUUID());

        var consultation = api.post("/api/portal/v1/inquiries", asker, Map.of("kind", "CONSULTATION", "itemCode", ITEM,
                "subject", "材料", "text", "节后可以办理吗？"));
        var complaint = api.post("/api/portal/v1/inquiries", asker, Map.of("kind", "COMPLAINT", "itemCode", ITEM,
                "subject", "等待", "text", "等待太久"));

        assertThat(consultation.text("replyDueOn")).as("5 working days: 8, 9, 10, 12, 13").isEqualTo("2026-10-13");
        assertThat(complaint.text("replyDueOn")).as("10 working days").isEqualTo("2026-10-20");
    }

    @Test
    void hallsOfferNoSlotsOnTheHolidayAndABookingOnItIsRefused() {
        clock.setDay("2026-09-30");
        String person = tokens.citizen("wd-" + UUID.randomUUID());

        var slots = api.get("/api/portal/v1/catalog/items/" + ITEM + "/slots?hall=" + BookableItems.SMALL_HALL
                + "&from=2026-09-30&to=2026-10-11&size=100", null);
        assertThat(slots.status()).isEqualTo(200);
        assertThat(slots.json().path("content").findValuesAsString("date").stream().distinct())
                .as("a hall open every day closes on the holiday, its weekend included, and opens on an ordinary Sunday")
                .containsExactly("2026-09-30", "2026-10-08", "2026-10-09", "2026-10-10", "2026-10-11");

        var refused = api.post("/api/portal/v1/bookings", person, Map.of("itemCode", ITEM, "hall", BookableItems.SMALL_HALL,
                "date", "2026-10-01", "start", "09:00"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("date");
        assertThat(refused.json().path("errors").get(0).path("message").asText()).contains("a public holiday");
        assertThat(jdbc.sql("select count(*) from booking where day = date '2026-10-01'").query(Long.class).single())
                .isZero();

        var onTheMakeUpDay = api.post("/api/portal/v1/bookings", person, Map.of("itemCode", ITEM,
                "hall", BookableItems.SMALL_HALL, "date", "2026-10-10", "start", "09:00"));
        assertThat(onTheMakeUpDay.status()).as(onTheMakeUpDay.body()).isEqualTo(201);
    }

    @Test
    void aRegionsOwnListWinsOverTheNationalOneAndEachSnapshotReplacesTheLast() {
        List<LocalDate> ningbo = new ArrayList<>(PublishedSchedule2026.workingDays());
        ningbo.remove(LocalDate.of(2026, 10, 9));
        publish("330200", 2026, ningbo);

        assertThat(workingDays.isWorkingDay("330200", LocalDate.of(2026, 10, 9))).isFalse();
        assertThat(workingDays.isWorkingDay("330100", LocalDate.of(2026, 10, 9))).as("national").isTrue();
        assertThat(workingDays.after("330200", LocalDate.of(2026, 9, 30), 15)).isEqualTo(LocalDate.of(2026, 10, 28));

        publish("330200", 2026, PublishedSchedule2026.workingDays());
        assertThat(workingDays.isWorkingDay("330200", LocalDate.of(2026, 10, 9))).isTrue();
        assertThat(workingDays.after("330200", LocalDate.of(2026, 9, 30), 15)).isEqualTo(LocalDate.of(2026, 10, 27));
    }

    @Test
    void aYearWithoutAnyPublishedListWorksMondayToFriday() {
        assertThat(jdbc.sql("select count(*) from working_day_year where year = 2027").query(Long.class).single()).isZero();
        clock.setDay("2027-09-30");
        String asker = tokens.citizen("wd-" + UUID.randomUUID());

        var consultation = api.post("/api/portal/v1/inquiries", asker, Map.of("kind", "CONSULTATION", "itemCode", ITEM,
                "subject", "材料", "text", "国庆可以办理吗？"));
        assertThat(consultation.text("replyDueOn")).as("Thu 30 September + 5: Fri 1, Mon 4 to Thu 7").isEqualTo("2027-10-07");

        var slots = api.get("/api/portal/v1/catalog/items/" + ITEM + "/slots?hall=" + BookableItems.SMALL_HALL
                + "&from=2027-10-01&to=2027-10-04&size=100", null).json();
        assertThat(slots.path("content").findValuesAsString("date").stream().distinct())
                .as("no list: Monday to Friday work, no holiday is known, the hall opens its weekend windows")
                .containsExactly("2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04");
    }
}
