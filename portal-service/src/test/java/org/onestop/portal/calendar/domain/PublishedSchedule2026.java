package org.onestop.portal.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The 2026 working days as processing publishes them for the national schedule (the State
 * Council's notice, seeded by processing's V3__working_day_calendar.sql): weekdays without the
 * public holidays, plus the weekend make-up days. Written out here by hand, as a consumer sees it.
 */
public final class PublishedSchedule2026 {

    private static final String[][] HOLIDAYS = {
            {"2026-01-01", "2026-01-03"}, {"2026-02-15", "2026-02-23"}, {"2026-04-04", "2026-04-06"},
            {"2026-05-01", "2026-05-05"}, {"2026-06-19", "2026-06-21"}, {"2026-09-25", "2026-09-27"},
            {"2026-10-01", "2026-10-07"}};
    private static final List<String> MAKE_UP_DAYS = List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09",
            "2026-09-20", "2026-10-10");

    /** Every public holiday of 2026 in order, weekends within a holiday included (33 of them). */
    public static List<LocalDate> publicHolidays() {
        List<LocalDate> off = new ArrayList<>();
        for (String[] holiday : HOLIDAYS) {
            for (LocalDate day = LocalDate.parse(holiday[0]); !day.isAfter(LocalDate.parse(holiday[1])); day = day.plusDays(1)) {
                off.add(day);
            }
        }
        return off;
    }

    /** Every working day of 2026 in order (248 of them). */
    public static List<LocalDate> workingDays() {
        Set<LocalDate> off = new HashSet<>(publicHolidays());
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            if ((weekday && !off.contains(day)) || MAKE_UP_DAYS.contains(day.toString())) {
                days.add(day);
            }
        }
        return days;
    }

    /** A calendar with these lists for 2026 and nothing published for other years. */
    public static WorkingDayCalendar calendar() {
        Set<LocalDate> days = Set.copyOf(workingDays());
        Set<LocalDate> holidays = Set.copyOf(publicHolidays());
        return WorkingDayCalendar.of(year -> year == 2026 ? Optional.of(days) : Optional.empty(),
                year -> year == 2026 ? Optional.of(holidays) : Optional.empty());
    }

    private PublishedSchedule2026() {
    }
}
