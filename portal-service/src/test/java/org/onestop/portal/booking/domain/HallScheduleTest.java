package org.onestop.portal.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onestop.contracts.management.ServiceGuide.BookableWindow;
import org.onestop.contracts.management.ServiceGuide.Hall;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.portal.booking.domain.HallSchedule.DayRange;
import org.onestop.portal.booking.domain.HallSchedule.Slot;
import org.onestop.portal.calendar.domain.PublishedSchedule2026;
import org.onestop.portal.calendar.domain.WorkingDayCalendar;

class HallScheduleTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDateTime SUNDAY_NOON = MONDAY.minusDays(1).atTime(12, 0);
    private static final WorkingDayCalendar WEEKDAYS = WorkingDayCalendar.mondayToFriday();

    private static final List<Hall> HALLS = List.of(
            new Hall("市民中心", null, null, List.of(), List.of(
                    new BookableWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), 30, 5),
                    new BookableWindow(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), LocalTime.of(15, 10), 60, 2))),
            new Hall("西湖分中心", null, null, List.of(), List.of(
                    new BookableWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), 60, 1))));

    @Test
    void aWindowIsCutIntoWholeSlotsEachWithTheWindowsCapacity() {
        List<Slot> slots = HallSchedule.slots(HALLS, new DayRange(MONDAY, MONDAY.plusDays(2)), SUNDAY_NOON, WEEKDAYS);

        assertThat(slots).extracting(slot -> slot.hall() + " " + slot.day().getDayOfWeek() + " " + slot.start() + "-"
                + slot.end() + " x" + slot.capacity()).containsExactly(
                "市民中心 MONDAY 09:00-09:30 x5", "西湖分中心 MONDAY 09:00-10:00 x1", "市民中心 MONDAY 09:30-10:00 x5",
                "市民中心 MONDAY 10:00-10:30 x5", "市民中心 MONDAY 10:30-11:00 x5", "市民中心 WEDNESDAY 14:00-15:00 x2");
    }

    @Test
    void slotsThatHaveBegunAreNotOffered() {
        List<Slot> slots = HallSchedule.slots(HALLS, new DayRange(MONDAY, MONDAY), MONDAY.atTime(9, 30), WEEKDAYS);

        assertThat(slots).extracting(Slot::start).containsExactly(LocalTime.of(10, 0), LocalTime.of(10, 30));
    }

    @Test
    void aSlotIsBookableOnlyWhereAWindowOffersIt() {
        Slot slot = HallSchedule.bookable(HALLS, "市民中心", MONDAY, LocalTime.of(10, 30), SUNDAY_NOON, WEEKDAYS);
        assertThat(slot.end()).isEqualTo(LocalTime.of(11, 0));
        assertThat(slot.capacity()).isEqualTo(5);

        assertRefused(() -> HallSchedule.bookable(HALLS, "市民中心", MONDAY, LocalTime.of(9, 10), SUNDAY_NOON, WEEKDAYS), "start");
        assertRefused(() -> HallSchedule.bookable(HALLS, "市民中心", MONDAY, LocalTime.of(11, 0), SUNDAY_NOON, WEEKDAYS), "start");
        assertRefused(() -> HallSchedule.bookable(HALLS, "市民中心", MONDAY.plusDays(1), LocalTime.of(9, 0), SUNDAY_NOON, WEEKDAYS),
                "start");
        assertRefused(() -> HallSchedule.bookable(HALLS, "市民中心", MONDAY.plusDays(2), LocalTime.of(15, 0), SUNDAY_NOON, WEEKDAYS),
                "start");
        assertRefused(() -> HallSchedule.bookable(HALLS, "没有的大厅", MONDAY, LocalTime.of(9, 0), SUNDAY_NOON, WEEKDAYS), "hall");
    }

    @Test
    void aBegunOrFarSlotIsNotBookable() {
        assertRefused(() -> HallSchedule.bookable(HALLS, "市民中心", MONDAY, LocalTime.of(9, 0), MONDAY.atTime(9, 0), WEEKDAYS),
                "start");
        assertRefused(() -> HallSchedule.bookable(HALLS, "市民中心", MONDAY.plusWeeks(2), LocalTime.of(9, 0), SUNDAY_NOON, WEEKDAYS),
                "date");
        assertThat(HallSchedule.bookable(HALLS, "市民中心", MONDAY.plusWeeks(1), LocalTime.of(9, 0), SUNDAY_NOON, WEEKDAYS).day())
                .isEqualTo(MONDAY.plusWeeks(1));
    }

    @Test
    void noSlotIsOfferedOrBookableOnADayThatIsNotAWorkingDay() {
        List<Hall> everyDay = List.of(new Hall("市民中心", null, null, List.of(),
                Arrays.stream(DayOfWeek.values())
                        .map(day -> new BookableWindow(day, LocalTime.of(9, 0), LocalTime.of(10, 0), 60, 3)).toList()));
        LocalDateTime eve = LocalDate.of(2026, 9, 30).atTime(8, 0);
        var calendar = PublishedSchedule2026.calendar();

        List<Slot> slots = HallSchedule.slots(everyDay, new DayRange(eve.toLocalDate(), LocalDate.of(2026, 10, 12)), eve,
                calendar);

        assertThat(slots).extracting(Slot::day).as("a hall open every day closes on the holiday, weekend included")
                .containsExactly(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9),
                        LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 11), LocalDate.of(2026, 10, 12));
        assertRefused(() -> HallSchedule.bookable(everyDay, "市民中心", LocalDate.of(2026, 10, 1), LocalTime.of(9, 0), eve,
                calendar), "date");
        assertRefused(() -> HallSchedule.bookable(everyDay, "市民中心", LocalDate.of(2026, 10, 3), LocalTime.of(9, 0), eve,
                calendar), "date");
        assertThat(HallSchedule.bookable(everyDay, "市民中心", LocalDate.of(2026, 10, 11), LocalTime.of(9, 0), eve, calendar)
                .day()).as("an ordinary Sunday, for a hall that opens on Sundays").isEqualTo(LocalDate.of(2026, 10, 11));
        assertThat(HallSchedule.bookable(everyDay, "市民中心", LocalDate.of(2026, 10, 10), LocalTime.of(9, 0), eve, calendar)
                .day()).as("make-up Saturday").isEqualTo(LocalDate.of(2026, 10, 10));
        assertRefused(() -> HallSchedule.bookable(HALLS, "市民中心", MONDAY.plusDays(5), LocalTime.of(9, 0), SUNDAY_NOON,
                WEEKDAYS), "date");
    }

    @Test
    void aWeekdayHallKeepsItsWeekdayHoursOnAMakeUpSaturdayAndStaysClosedOnOrdinaryWeekends() {
        LocalDateTime eve = LocalDate.of(2026, 10, 8).atTime(8, 0);
        var calendar = PublishedSchedule2026.calendar();

        List<Slot> slots = HallSchedule.slots(HALLS, new DayRange(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 11)),
                eve, calendar);

        assertThat(slots).extracting(slot -> slot.hall() + " " + slot.day() + " " + slot.start()).as("Monday's windows")
                .containsExactly("市民中心 2026-10-10 09:00", "西湖分中心 2026-10-10 09:00", "市民中心 2026-10-10 09:30",
                        "市民中心 2026-10-10 10:00", "市民中心 2026-10-10 10:30");
        assertRefused(() -> HallSchedule.bookable(HALLS, "市民中心", LocalDate.of(2026, 10, 11), LocalTime.of(9, 0), eve,
                calendar), "date");
    }

    @Test
    void theRangeRunsFromTodayToAtMostFourteenDaysAhead() {
        LocalDate today = MONDAY;
        assertThat(DayRange.of(null, null, today)).isEqualTo(new DayRange(today, today.plusDays(6)));
        assertThat(DayRange.of(today.plusDays(10), null, today)).isEqualTo(new DayRange(today.plusDays(10), today.plusDays(14)));

        assertRefused(() -> DayRange.of(today.minusDays(1), today, today), "from");
        assertRefused(() -> DayRange.of(today, today.plusDays(15), today), "to");
        assertRefused(() -> DayRange.of(today.plusDays(3), today.plusDays(2), today), "to");
    }

    private static void assertRefused(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.errors()).extracting(RuleViolation.FieldProblem::field).containsExactly(field));
    }
}
