package org.onestop.portal.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar published = PublishedSchedule2026.calendar();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aPublishedYearWorksOnExactlyTheDaysItLists() {
        assertThat(PublishedSchedule2026.workingDays()).hasSize(248);
        assertThat(published.isWorkingDay(day("2026-10-01"))).as("National Day, Thursday").isFalse();
        assertThat(published.isWorkingDay(day("2026-10-10"))).as("make-up Saturday").isTrue();
        assertThat(published.isWorkingDay(day("2026-10-11"))).as("Sunday").isFalse();
        assertThat(published.isWorkingDay(day("2026-09-30"))).as("Wednesday").isTrue();
    }

    @Test
    void fifteenWorkingDaysAfterTheEveOfNationalDayCountTheMakeUpSaturday() {
        // Thu 8, Fri 9, Sat 10 (make-up), Mon 12 ... Fri 16, Mon 19 ... Fri 23, Mon 26, Tue 27
        assertThat(published.addWorkingDays(day("2026-09-30"), 15)).isEqualTo(day("2026-10-27"));
        assertThat(published.addWorkingDays(day("2026-09-30"), 3)).isEqualTo(day("2026-10-10"));
        assertThat(published.addWorkingDays(day("2026-09-30"), 0)).isEqualTo(day("2026-09-30"));
    }

    @Test
    void aYearWithoutAListWorksMondayToFriday() {
        assertThat(published.addWorkingDays(day("2026-12-31"), 1)).as("Thu 2026-12-31 to Fri 2027-01-01")
                .isEqualTo(day("2027-01-01"));
        var plain = WorkingDayCalendar.mondayToFriday();
        assertThat(plain.isWorkingDay(day("2026-10-01"))).isTrue();
        assertThat(plain.isWorkingDay(day("2026-10-10"))).isFalse();
        assertThat(plain.addWorkingDays(day("2026-09-30"), 15)).isEqualTo(day("2026-10-21"));
    }

    @Test
    void eachYearIsLookedUpOnceWhenFirstNeeded() {
        List<Integer> asked = new ArrayList<>();
        var calendar = WorkingDayCalendar.of(year -> {
            asked.add(year);
            return year == 2026 ? Optional.of(Set.copyOf(PublishedSchedule2026.workingDays())) : Optional.empty();
        });

        assertThat(calendar.addWorkingDays(day("2026-12-20"), 30)).isEqualTo(day("2027-01-29"));
        assertThat(asked).containsExactly(2026, 2027);
    }

    @Test
    void aNegativeNumberOfDaysIsRefused() {
        assertThatThrownBy(() -> published.addWorkingDays(day("2026-10-02"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
