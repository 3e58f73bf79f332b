package org.onestop.portal;

import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceGuide.BookableWindow;
import org.onestop.contracts.management.ServiceGuide.Hall;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.portal.calendar.WorkingDays;
import org.onestop.portal.calendar.domain.WorkingDayCalendar;
import org.onestop.testsupport.ApiClient;
import org.onestop.testsupport.TestEvents;

/** Items with bookable halls, published the way management publishes them, for the booking tests. */
public final class BookableItems {

    public static final String BIG_HALL = "市民中心";
    public static final String SMALL_HALL = "西湖分中心";
    public static final int BIG_CAPACITY = 5;
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String REGION = "330100";

    /**
     * Publishes an item of 330100-AMR handled at two halls open every day: {@link #BIG_HALL} from
     * 00:00 to 23:30 in slots of 30 minutes for {@link #BIG_CAPACITY} people, {@link #SMALL_HALL}
     * from 09:00 to 12:00 in slots of an hour for one; waits until the portal's catalog has it.
     */
    public static void publish(ApiClient api, String code) {
        publish(api, code, "III", "BOTH");
    }

    /** The same item, with this online depth (I to IV) and handling form (ONLINE, OFFLINE, BOTH). */
    public static void publish(ApiClient api, String code, String onlineDepth, String handlingForm) {
        List<BookableWindow> big = Arrays.stream(DayOfWeek.values())
                .map(day -> new BookableWindow(day, LocalTime.MIDNIGHT, LocalTime.of(23, 30), 30, BIG_CAPACITY)).toList();
        List<BookableWindow> small = Arrays.stream(DayOfWeek.values())
                .map(day -> new BookableWindow(day, LocalTime.of(9, 0), LocalTime.of(12, 0), 60, 1)).toList();
        var guide = new ServiceGuide(null, "MUNICIPAL", null, List.of("NATURAL_PERSON", "LEGAL_PERSON"), List.of(),
                handlingForm, "PROMISED", null, null, 1, "核验原件", onlineDepth, null, List.of(), List.of(),
                List.of(new Hall(BIG_HALL, "杭州市上城区解放东路18号", null, List.of(), big),
                        new Hall(SMALL_HALL, null, null, List.of(), small)),
                List.of(), List.of(), List.of(), null, null, null, true, false, false, false);
        var published = new ServiceItemPublished(UUID.randomUUID().toString(), code, 1, "个体工商户设立登记（预约）",
                "ADMINISTRATIVE_LICENSING", REGION, "330100-AMR", "杭州市市场监督管理局", 20, 10, List.of(), "web",
                Instant.now(), guide);
        TestEvents.publish(Topics.SERVICE_ITEM, published);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/portal/v1/catalog/items/" + code, null).status() == 200);
    }

    /**
     * The {@code n}-th working day after today in the calendar of the items' region (330100) as
     * the portal knows it; for 0, today if it is a working day, else the next one. Halls are open
     * on working days only.
     */
    public static LocalDate workingDay(WorkingDays workingDays, int n) {
        return workingDay(workingDays, inDays(0), n);
    }

    /** The same, counted from the given day (the day a test has set the portal's clock to). */
    public static LocalDate workingDay(WorkingDays workingDays, LocalDate today, int n) {
        WorkingDayCalendar calendar = workingDays.of(REGION);
        return n == 0 && calendar.isWorkingDay(today) ? today : calendar.addWorkingDays(today, Math.max(n, 1));
    }

    /**
     * The first day from {@code today} the test halls open, for a clock set before 23:30: they have
     * windows on every day of the week, so any day but a public holiday of the region (an ordinary
     * weekend opens its weekend windows).
     */
    public static LocalDate firstOpenDay(WorkingDays workingDays, LocalDate today) {
        WorkingDayCalendar calendar = workingDays.of(REGION);
        LocalDate day = today;
        while (calendar.isPublicHoliday(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Today in China Standard Time, plus the days. */
    public static LocalDate inDays(int days) {
        return LocalDate.now(ZONE).plusDays(days);
    }

    private BookableItems() {
    }
}
