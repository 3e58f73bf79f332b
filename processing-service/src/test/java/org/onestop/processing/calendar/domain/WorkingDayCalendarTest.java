package org.onestop.processing.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.onestop.processing.calendar.domain.CalendarPeriod.Kind;

/** The calendar rules, checked against the State Council's 2026 schedule as the migration seeds it. */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = NationalSchedule2026.calendar();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void weekdaysWorkAndWeekendsDoNot() {
        assertThat(calendar.isWorkingDay(day("2026-11-27"))).as("Friday").isTrue();
        assertThat(calendar.isWorkingDay(day("2026-11-28"))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(day("2026-11-29"))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(day("2026-11-30"))).as("Monday").isTrue();
    }

    @Test
    void publicHolidaysOnWeekdaysAreOff() {
        assertThat(calendar.isWorkingDay(day("2026-01-02"))).as("New Year, Friday").isFalse();
        assertThat(calendar.isWorkingDay(day("2026-02-16"))).as("Spring Festival, Monday").isFalse();
        assertThat(calendar.isWorkingDay(day("2026-05-05"))).as("Labour Day, Tuesday").isFalse();
        assertThat(calendar.isWorkingDay(day("2026-10-07"))).as("National Day, Wednesday").isFalse();
        assertThat(calendar.isWorkingDay(day("2026-10-08"))).as("the Thursday after").isTrue();
    }

    @Test
    void thePublicHolidaysIncludeTheWeekendsWithinAHolidayButNoOrdinaryWeekend() {
        assertThat(calendar.publicHolidaysOf(2026))
                .contains(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 3), LocalDate.of(2026, 2, 15))
                .doesNotContain(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 11), LocalDate.of(2026, 9, 30))
                .isSorted();
        assertThat(calendar.publicHolidaysOf(2027)).isEmpty();
    }

    @Test
    void makeUpDaysOnWeekendsAreWorked() {
        assertThat(calendar.isWorkingDay(day("2026-01-04"))).as("Sunday worked for New Year").isTrue();
        assertThat(calendar.isWorkingDay(day("2026-02-14"))).as("Saturday before Spring Festival").isTrue();
        assertThat(calendar.isWorkingDay(day("2026-02-28"))).as("Saturday after Spring Festival").isTrue();
        assertThat(calendar.isWorkingDay(day("2026-05-09"))).as("Saturday after Labour Day").isTrue();
        assertThat(calendar.isWorkingDay(day("2026-09-20"))).as("Sunday before National Day").isTrue();
        assertThat(calendar.isWorkingDay(day("2026-10-10"))).as("Saturday after National Day").isTrue();
    }

    @Test
    void addingWorkingDaysSkipsHolidaysAndCountsMakeUpDays() {
        // Accepted Thursday 2026-09-24: Fri 25 to Sun 27 Mid-Autumn, Mon 28, Tue 29, Wed 30,
        // Thu 1 to Wed 7 National Day, Thu 8, Fri 9, Sat 10 (make-up), Mon 12.
        assertThat(calendar.addWorkingDays(day("2026-09-24"), 1)).isEqualTo(day("2026-09-28"));
        assertThat(calendar.addWorkingDays(day("2026-09-24"), 3)).isEqualTo(day("2026-09-30"));
        assertThat(calendar.addWorkingDays(day("2026-09-24"), 4)).isEqualTo(day("2026-10-08"));
        assertThat(calendar.addWorkingDays(day("2026-09-24"), 6)).isEqualTo(day("2026-10-10"));
        assertThat(calendar.addWorkingDays(day("2026-09-24"), 7)).isEqualTo(day("2026-10-12"));
    }

    @Test
    void theDayOfTheActionIsNotCounted() {
        assertThat(calendar.addWorkingDays(day("2026-11-26"), 0)).isEqualTo(day("2026-11-26"));
        assertThat(calendar.addWorkingDays(day("2026-11-27"), 1)).as("Friday plus one is Monday").isEqualTo(day("2026-11-30"));
        assertThat(calendar.workingDaysBetween(day("2026-11-26"), day("2026-11-26"))).isZero();
        assertThat(calendar.workingDaysBetween(day("2026-11-27"), day("2026-11-26"))).as("backwards").isZero();
    }

    @Test
    void countingWorkingDaysIsTheInverseOfAddingThem() {
        for (int n = 0; n <= 40; n++) {
            LocalDate due = calendar.addWorkingDays(day("2026-02-10"), n);
            assertThat(calendar.workingDaysBetween(day("2026-02-10"), due)).as("n=%d", n).isEqualTo(n);
        }
        // Spring Festival: Wed 11, Thu 12, Fri 13, Sat 14 (make-up), then 15-23 off, Tue 24 ...
        assertThat(calendar.workingDaysBetween(day("2026-02-10"), day("2026-02-24"))).isEqualTo(5);
    }

    @Test
    void aRegionsOwnPeriodsOverrideTheNationalOnes() {
        var local = new CalendarPeriod(null, "330100", "亚运纪念日", Kind.HOLIDAY, day("2026-11-27"), day("2026-11-27"));
        var periods = new ArrayList<>(NationalSchedule2026.PERIODS);
        periods.add(local);
        var regional = WorkingDayCalendar.of(periods);

        assertThat(regional.isWorkingDay(day("2026-11-27"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2026-11-27"))).isTrue();
    }

    @Test
    void yearsWithoutAScheduleOnlyKnowWeekends() {
        var plain = WorkingDayCalendar.weekendsOnly();
        assertThat(plain.isWorkingDay(day("2026-10-01"))).isTrue();
        assertThat(plain.addWorkingDays(day("2026-10-02"), 1)).isEqualTo(day("2026-10-05"));
    }

    @Test
    void aYearsWorkingDaysAreListedInOrderWithMakeUpDaysAndWithoutHolidays() {
        var days = calendar.workingDaysOf(2026);

        // 261 weekdays, 19 of them public holidays, 6 make-up days on weekends
        assertThat(days).hasSize(248).isSorted().startsWith(day("2026-01-04"), day("2026-01-05"))
                .endsWith(day("2026-12-31"));
        assertThat(days).contains(day("2026-10-10")).doesNotContain(day("2026-10-01"), day("2026-10-11"));
        assertThat(WorkingDayCalendar.weekendsOnly().workingDaysOf(2027)).hasSize(261);
    }

    @Test
    void aNegativeNumberOfDaysIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(day("2026-10-02"), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
