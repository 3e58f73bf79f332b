package org.onestop.portal.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onestop.portal.BookableItems.BIG_CAPACITY;
import static org.onestop.portal.BookableItems.BIG_HALL;
import static org.onestop.portal.BookableItems.SMALL_HALL;

import java.time.Clock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onestop.contracts.Topics;
import org.onestop.portal.BookableItems;
import org.onestop.portal.calendar.WorkingDays;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.ApiClient.Response;
import org.onestop.testsupport.EventProbe;
import org.onestop.testsupport.SettableClock;
import org.onestop.testsupport.ServiceIntegrationTest;
import org.onestop.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;

/**
 * Bookings against the portal's clock set to ten in the morning of the day the class starts (China
 * Standard Time), so that what "today" offers does not depend on the hour the tests run at.
 */
@ServiceIntegrationTest
@Import(SettableClock.Installed.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingIT {

    private static final String ITEM = "330100-BK-0001";
    private static final Duration EVENTUALLY = Duration.ofSeconds(20);

    private final ApiClient api;
    private final JdbcClient jdbc;
    private final BookingReminders reminders;
    private final TestTokens.Minter tokens;
    private final WorkingDays workingDays;
    private final SettableClock clock;
    private final LocalDate today = LocalDate.now(BookableItems.ZONE);

    BookingIT(@Value("${local.server.port}") int port, @Autowired JdbcClient jdbc, @Autowired BookingReminders reminders,
              @Autowired JwtEncoder portalKey, @Autowired Clock clock, @Autowired WorkingDays workingDays) {
        this.api = ApiClient.onPort(port);
        this.jdbc = jdbc;
        this.reminders = reminders;
        this.tokens = TestTokens.signedBy(portalKey, clock);
        this.workingDays = workingDays;
        this.clock = (SettableClock) clock;
    }

    @BeforeEach
    void itIsTenInTheMorning() {
        clock.setDay(today.toString());
    }

    /** A day the halls are open on: see {@link BookableItems#workingDay}. */
    private LocalDate workingDay(int n) {
        return BookableItems.workingDay(workingDays, today, n);
    }

    private LocalDate inDays(int days) {
        return today.plusDays(days);
    }

    @BeforeAll
    void anItemWithBookableHallsIsPublished() {
        BookableItems.publish(api, ITEM);
    }

    @Test
    void onePersonHoldsAtMostThreeActiveBookingsOfAnItemAndAtAHallAndTheRefusalSaysSo() {
        String token = person();
        LocalDate day = workingDay(3);
        for (String start : new String[] {"19:00", "19:30", "20:00"}) {
            assertThat(book(token, BIG_HALL, day, start).status()).isEqualTo(201);
        }
        var fourth = book(token, SMALL_HALL, day, "11:00");
        assertThat(fourth.status()).isEqualTo(409);
        assertThat(fourth.json().path("maxActivePerItem").asInt()).isEqualTo(3);
        assertThat(fourth.json().path("activeBookings").asInt()).isEqualTo(3);
        assertThat(fourth.text("detail")).contains("the most allowed");

        String otherItem = ITEM + "-H";
        BookableItems.publish(api, otherItem);
        var sameHall = api.post("/api/portal/v1/bookings", token, Map.of("itemCode", otherItem, "hall", BIG_HALL,
                "date", day.toString(), "start", "21:00"));
        assertThat(sameHall.status()).isEqualTo(409);
        assertThat(sameHall.json().path("maxActivePerHall").asInt()).isEqualTo(3);
        assertThat(api.post("/api/portal/v1/bookings", token, Map.of("itemCode", otherItem, "hall", SMALL_HALL,
                "date", day.toString(), "start", "11:00")).status()).as("another hall, another item").isEqualTo(201);

        String first = java.util.stream.StreamSupport.stream(api.get("/api/portal/v1/bookings?size=100", token).json()
                        .path("content").spliterator(), false)
                .filter(b -> b.path("itemCode").asText().equals(ITEM)).findFirst().orElseThrow().path("id").asText();
        assertThat(api.post("/api/portal/v1/bookings/" + first + "/cancel", token, Map.of()).status()).isEqualTo(200);
        assertThat(book(token, BIG_HALL, day, "20:30").status()).as("after a cancellation").isEqualTo(201);
    }

    private String person() {
        return tokens.citizen("booker-" + UUID.randomUUID());
    }

    private Response book(String token, String hall, LocalDate date, String start) {
        return book(token, hall, date, start, Map.of());
    }

    private Response book(String token, String hall, LocalDate date, String start, Map<String, String> headers) {
        return api.post("/api/portal/v1/bookings", token,
                Map.of("itemCode", ITEM, "hall", hall, "date", date.toString(), "start", start), headers);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void slotsComeFromTheWindowsWithCapacityAndPlacesLeft() {
        LocalDate day = workingDay(4);
        book(person(), SMALL_HALL, day, "10:00");
        book(person(), BIG_HALL, day, "09:00");

        var page = api.get("/api/portal/v1/catalog/items/" + ITEM + "/slots?from=" + day + "&to=" + day + "&size=100", null);

        assertThat(page.status()).isEqualTo(200);
        var slots = page.json().path("content");
        assertThat(page.json().path("totalElements").asInt()).isEqualTo(47 + 3);
        Map<String, String> byKey = new HashMap<>();
        slots.forEach(slot -> byKey.put(slot.path("hall").asText() + " " + slot.path("start").asText(),
                slot.path("end").asText() + " " + slot.path("capacity").asInt() + "/" + slot.path("remaining").asInt()));
        assertThat(byKey).containsEntry(SMALL_HALL + " 10:00", "11:00 1/0").containsEntry(SMALL_HALL + " 11:00", "12:00 1/1")
                .containsEntry(BIG_HALL + " 09:00", "09:30 5/4").containsEntry(BIG_HALL + " 09:30", "10:00 5/5");
        assertThat(slots.get(0).path("date").asText()).isEqualTo(day.toString());

        var oneHall = api.get("/api/portal/v1/catalog/items/" + ITEM + "/slots?hall=" + encoded(SMALL_HALL) + "&from=" + day
                + "&to=" + day, null).json();
        assertThat(oneHall.path("content").findValuesAsString("hall")).containsOnly(SMALL_HALL).hasSize(3);
    }

    @Test
    void slotsAreOfferedFromNowToFourteenDaysAheadOnly() {
        var offered = api.get("/api/portal/v1/catalog/items/" + ITEM + "/slots?size=100", null).json();
        assertThat(offered.path("content").get(0).path("date").asText())
                .isEqualTo(BookableItems.firstOpenDay(workingDays, today).toString());

        var past = api.get("/api/portal/v1/catalog/items/" + ITEM + "/slots?from=" + inDays(-1), null);
        var far = api.get("/api/portal/v1/catalog/items/" + ITEM + "/slots?to=" + inDays(15), null);
        var unknown = api.get("/api/portal/v1/catalog/items/NOPE-0000/slots", null);

        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().path("errors").findValuesAsString("field")).containsExactly("from");
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.json().path("errors").findValuesAsString("field")).containsExactly("to");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aCitizenBooksASlotThroughTheirChannelAndItIsAnnounced() {
        String token = tokens.citizen("booker-events");
        LocalDate day = workingDay(2);
        try (EventProbe probe = EventProbe.on(Topics.BOOKING)) {
            var booked = api.post("/api/portal/v1/bookings", token, Map.of("itemCode", ITEM, "hall", BIG_HALL,
                            "date", day.toString(), "start", "14:00", "status", "CANCELLED", "accountId", "someone-else"),
                    Map.of("X-Channel", "wechat"));

            assertThat(booked.status()).isEqualTo(201);
            assertThat(booked.text("status")).isEqualTo("ACTIVE");
            assertThat(booked.text("channel")).isEqualTo("wechat");
            assertThat(booked.text("start")).isEqualTo("14:00");
            assertThat(booked.text("end")).isEqualTo("14:30");
            String id = booked.text("id");
            assertThat(jdbc.sql("select account_id from booking where id = ?").param(UUID.fromString(id))
                    .query(String.class).single()).isEqualTo("booker-events");

            await().atMost(EVENTUALLY).until(() -> probe.poll().stream().anyMatch(r -> r.key().equals(id)));
            var event = probe.poll().stream().filter(r -> r.key().equals(id)).findFirst().orElseThrow();
            assertThat(event.headers()).containsEntry("ce_type", "portal.booking.made.v1").containsEntry("channel", "wechat")
                    .containsEntry("department", "330100-AMR").containsEntry("region", "330100")
                    .containsEntry("ce_subject", ITEM);
            assertThat(event.value()).contains("\"accountId\":\"booker-events\"", "\"day\":\"" + day + "\"")
                    .doesNotContain("张三");

            var cancelled = api.post("/api/portal/v1/bookings/" + id + "/cancel", token, Map.of(), Map.of("X-Channel", "app"));
            assertThat(cancelled.status()).isEqualTo(200);
            assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
            await().atMost(EVENTUALLY).until(() -> probe.poll().stream()
                    .anyMatch(r -> r.key().equals(id) && "portal.booking.cancelled.v1".equals(r.headers().get("ce_type"))
                            && "app".equals(r.headers().get("channel"))));
        }
    }

    @Test
    void anEnterpriseBooksTooAndAnUnknownChannelIsRefused() {
        String enterprise = tokens.legalPerson("booker-ent-" + UUID.randomUUID());

        assertThat(book(enterprise, BIG_HALL, workingDay(2), "15:00").status()).isEqualTo(201);
        var refused = book(enterprise, BIG_HALL, workingDay(2), "15:30", Map.of("X-Channel", "fax"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aFullSlotIsAConflictAndACancellationFreesThePlace() {
        LocalDate day = workingDay(5);
        String first = person();
        var booked = book(first, SMALL_HALL, day, "09:00");
        assertThat(booked.status()).isEqualTo(201);

        var full = book(person(), SMALL_HALL, day, "09:00");
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.contentType()).startsWith("application/problem+json");
        assertThat(full.json().path("capacity").asInt()).isEqualTo(1);

        assertThat(api.post("/api/portal/v1/bookings/" + booked.text("id") + "/cancel", first, Map.of()).status())
                .isEqualTo(200);
        assertThat(book(person(), SMALL_HALL, day, "09:00").status()).isEqualTo(201);
    }

    @Test
    void onePersonHoldsOneActiveBookingOfASlot() {
        String token = person();
        LocalDate day = workingDay(2);
        var first = book(token, BIG_HALL, day, "16:00");
        assertThat(first.status()).isEqualTo(201);

        var again = book(token, BIG_HALL, day, "16:00");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(placesTaken(BIG_HALL, day, "16:00")).isEqualTo(1);

        api.post("/api/portal/v1/bookings/" + first.text("id") + "/cancel", token, Map.of());
        assertThat(book(token, BIG_HALL, day, "16:00").status()).isEqualTo(201);
        assertThat(placesTaken(BIG_HALL, day, "16:00")).isEqualTo(1);
    }

    @Test
    void aSlotTheWindowsDoNotOfferIsABadRequest() {
        String token = person();

        assertRefused(book(token, BIG_HALL, workingDay(2), "09:10"), "start");
        assertRefused(book(token, SMALL_HALL, workingDay(2), "13:00"), "start");
        assertRefused(book(token, "没有的大厅", workingDay(2), "09:00"), "hall");
        assertRefused(book(token, BIG_HALL, inDays(-1), "09:00"), "start");
        assertRefused(book(token, BIG_HALL, inDays(15), "09:00"), "date");
        assertRefused(api.post("/api/portal/v1/bookings", token,
                Map.of("itemCode", "NOPE-0000", "hall", BIG_HALL, "date", workingDay(2).toString(), "start", "09:00")), "itemCode");
        var missing = api.post("/api/portal/v1/bookings", token, Map.of("itemCode", ITEM));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("hall", "date", "start");
        assertThat(api.post("/api/portal/v1/bookings", token,
                Map.of("itemCode", ITEM, "hall", BIG_HALL, "date", "tomorrow", "start", "09:00")).status()).isEqualTo(400);
    }

    @Test
    void aBookingMayNameOnlyAnApplicationOfOnesOwn() {
        String applicant = tokens.citizen("booker-applicant-" + UUID.randomUUID());
        var application = api.post("/api/portal/v1/applications", applicant, Map.of("itemCode", ITEM, "formData", Map.of()));
        assertThat(application.status()).isEqualTo(201);
        String trackingNumber = application.text("trackingNumber");
        Map<String, String> body = Map.of("itemCode", ITEM, "hall", BIG_HALL, "date", workingDay(3).toString(), "start",
                "08:00", "trackingNumber", trackingNumber);

        assertRefused(api.post("/api/portal/v1/bookings", person(), body), "trackingNumber");
        var own = api.post("/api/portal/v1/bookings", applicant, body);
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.text("trackingNumber")).isEqualTo(trackingNumber);
    }

    @Test
    void someoneElsesBookingIsNotFound() {
        String owner = person();
        String other = person();
        String id = book(owner, BIG_HALL, workingDay(2), "17:00").text("id");

        assertThat(api.get("/api/portal/v1/bookings/" + id, other).status()).isEqualTo(404);
        var cancel = api.post("/api/portal/v1/bookings/" + id + "/cancel", other, Map.of());
        assertThat(cancel.status()).isEqualTo(404);
        assertThat(cancel.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/portal/v1/bookings/" + id, owner).text("status")).isEqualTo("ACTIVE");
        assertThat(api.get("/api/portal/v1/bookings/" + UUID.randomUUID(), owner).status()).isEqualTo(404);
    }

    @Test
    void aBookingIsCancelledOnceAndOnlyBeforeItsSlot() {
        String token = person();
        String id = book(token, BIG_HALL, workingDay(2), "18:00").text("id");
        assertThat(api.post("/api/portal/v1/bookings/" + id + "/cancel", token, Map.of()).status()).isEqualTo(200);
        assertThat(api.post("/api/portal/v1/bookings/" + id + "/cancel", token, Map.of()).status()).isEqualTo(409);
        assertThat(placesTaken(BIG_HALL, workingDay(2), "18:00")).isZero();

        UUID begun = activeBooking("booker-begun", inDays(0), "00:00");
        var late = api.post("/api/portal/v1/bookings/" + begun + "/cancel", tokens.citizen("booker-begun"), Map.of());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
    }

    @Test
    void myBookingsArePaged() {
        String token = person();
        book(token, BIG_HALL, workingDay(6), "10:00");
        book(token, BIG_HALL, workingDay(6), "10:30");
        book(token, BIG_HALL, workingDay(7), "10:00");

        var page = api.get("/api/portal/v1/bookings?size=2", token).json();

        assertThat(page.path("totalElements").asInt()).isEqualTo(3);
        assertThat(page.path("content").size()).isEqualTo(2);
        assertThat(page.path("content").get(0).path("date").asText()).isEqualTo(workingDay(7).toString());
        assertThat(api.get("/api/portal/v1/bookings?size=101", token).status()).isEqualTo(400);
    }

    @Test
    void staffOfTheDepartmentSeeAHallsDayOthersDoNot() {
        LocalDate day = workingDay(8);
        book(tokens.citizen("booker-staffview-1"), BIG_HALL, day, "11:00");
        book(tokens.citizen("booker-staffview-2"), BIG_HALL, day, "09:00");
        book(tokens.citizen("booker-staffview-3"), SMALL_HALL, day, "09:00");
        String path = "/api/portal/v1/hall-bookings?itemCode=" + ITEM + "&date=" + day;

        var all = api.get(path, tokens.clerk());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("totalElements").asInt()).isEqualTo(3);
        var bigHall = api.get(path + "&hall=" + encoded(BIG_HALL), tokens.clerk()).json();
        assertThat(bigHall.path("content").findValuesAsString("accountId"))
                .containsExactly("booker-staffview-2", "booker-staffview-1");
        assertThat(bigHall.path("content").get(0).path("name").asText()).isEqualTo("张三");

        assertThat(api.get(path, tokens.staff("other", "CLERK", "330200-AMR")).status()).isEqualTo(404);
        assertThat(api.get(path, tokens.citizen("booker-staffview-1")).status()).isEqualTo(403);
        assertThat(api.get("/api/portal/v1/bookings", tokens.clerk()).status()).isEqualTo(403);
        assertThat(api.get(path, null).status()).isEqualTo(401);
    }

    /**
     * Forty requests from twenty citizens (each sends two) at once, through real HTTP, at a slot of
     * five places: exactly five are booked, the other thirty-five are 409, and the database agrees.
     */
    @Test
    void neverMoreBookingsThanCapacityUnderConcurrentRequests() throws Exception {
        LocalDate day = workingDay(3);
        List<String> citizens = tokens.citizens("booker-rush-" + UUID.randomUUID(), 20);
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String token = citizens.get(i % citizens.size());
                answers.add(pool.submit(() -> {
                    start.await();
                    return book(token, BIG_HALL, day, "10:00");
                }));
            }
            start.countDown();
            Map<Integer, Integer> byStatus = new HashMap<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                byStatus.merge(response.status(), 1, Integer::sum);
                if (response.status() != 201) {
                    assertThat(response.contentType()).startsWith("application/problem+json");
                }
            }

            assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, BIG_CAPACITY, 409, 40 - BIG_CAPACITY));
        } finally {
            pool.shutdownNow();
        }
        assertThat(placesTaken(BIG_HALL, day, "10:00")).isEqualTo(BIG_CAPACITY);
        assertThat(jdbc.sql("select count(*) from booking where item_code = ? and hall = ? and day = ?"
                        + " and start_time = time '10:00' and status = 'ACTIVE'")
                .params(ITEM, BIG_HALL, day).query(Long.class).single()).isEqualTo(BIG_CAPACITY);
        assertThat(jdbc.sql("select count(distinct account_id) from booking where item_code = ? and hall = ? and day = ?"
                        + " and start_time = time '10:00'")
                .params(ITEM, BIG_HALL, day).query(Long.class).single()).isEqualTo(BIG_CAPACITY);
        var slot = api.get("/api/portal/v1/catalog/items/" + ITEM + "/slots?hall=" + encoded(BIG_HALL) + "&from=" + day
                + "&to=" + day + "&size=100", null).json().path("content");
        slot.forEach(s -> {
            if (s.path("start").asText().equals("10:00")) {
                assertThat(s.path("remaining").asInt()).isZero();
            }
        });
    }

    /** Several replicas sending reminders at once still remind each booking once, the day before only. */
    @Test
    void tomorrowsBookingsAreRemindedOnceEvenByConcurrentReplicas() throws Exception {
        // written as a booking is (tomorrow need not be a working day, when no one could book it)
        String tomorrow = activeBooking("booker-reminded", inDays(1), "12:00").toString();
        String later = activeBooking("booker-reminded", inDays(3), "12:00").toString();

        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(replicas.submit(reminders::remindTomorrowsBookings));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }

        assertThat(remindersOf(tomorrow)).isEqualTo(1);
        assertThat(remindersOf(later)).isZero();
        reminders.remindTomorrowsBookings();
        assertThat(remindersOf(tomorrow)).isEqualTo(1);
    }

    /** An active booking of the big hall, written as {@link Bookings} writes one. */
    private UUID activeBooking(String accountId, LocalDate day, String start) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into booking (id, account_id, account_name, item_code, item_name, hall, day, start_time, end_time,
                    region_code, department_code, channel, status, booked_at)
                values (?, ?, 'x', ?, 'n', ?, ?, cast(? as time), cast(? as time) + interval '30 minutes', '330100',
                    '330100-AMR', 'web', 'ACTIVE', now())""")
                .params(id, accountId, ITEM, BIG_HALL, day, start, start)
                .update();
        return id;
    }

    private long remindersOf(String bookingId) {
        return jdbc.sql("select count(*) from notification where kind = 'BOOKING_REMINDER' and reference = ?")
                .param(bookingId).query(Long.class).single();
    }

    private int placesTaken(String hall, LocalDate day, String start) {
        return jdbc.sql("select coalesce(max(booked), 0) from booking_slot where item_code = ? and hall = ? and day = ?"
                        + " and start_time = cast(? as time)")
                .params(ITEM, hall, day, start).query(Integer.class).single();
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").findValuesAsString("field")).containsExactly(field);
    }
}
