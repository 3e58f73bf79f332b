package org.onestop.processing.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import org.onestop.processing.calendar.domain.CalendarPeriod.Kind;

/** The State Council's 2026 schedule as V3__working_day_calendar.sql seeds it, for tests. */
public final class NationalSchedule2026 {

    public static final List<CalendarPeriod> PERIODS = List.of(
            period("元旦", Kind.HOLIDAY, "2026-01-01", "2026-01-03"),
            period("元旦调休", Kind.MAKE_UP_WORKDAY, "2026-01-04", "2026-01-04"),
            period("春节调休", Kind.MAKE_UP_WORKDAY, "2026-02-14", "2026-02-14"),
            period("春节", Kind.HOLIDAY, "2026-02-15", "2026-02-23"),
            period("春节调休", Kind.MAKE_UP_WORKDAY, "2026-02-28", "2026-02-28"),
            period("清明节", Kind.HOLIDAY, "2026-04-04", "2026-04-06"),
            period("劳动节", Kind.HOLIDAY, "2026-05-01", "2026-05-05"),
            period("劳动节调休", Kind.MAKE_UP_WORKDAY, "2026-05-09", "2026-05-09"),
            period("端午节", Kind.HOLIDAY, "2026-06-19", "2026-06-21"),
            period("国庆节调休", Kind.MAKE_UP_WORKDAY, "2026-09-20", "2026-09-20"),
            period("中秋节", Kind.HOLIDAY, "2026-09-25", "2026-09-27"),
            period("国庆节", Kind.HOLIDAY, "2026-10-01", "2026-10-07"),
            period("国庆节调休", Kind.MAKE_UP_WORKDAY, "2026-10-10", "2026-10-10"));

    private static CalendarPeriod period(String name, Kind kind, String first, String last) {
        return new CalendarPeriod(null, CalendarPeriod.NATIONAL, name, kind, LocalDate.parse(first), LocalDate.parse(last));
    }

    public static WorkingDayCalendar calendar() {
        return WorkingDayCalendar.of(PERIODS);
    }

    private NationalSchedule2026() {
    }
}
