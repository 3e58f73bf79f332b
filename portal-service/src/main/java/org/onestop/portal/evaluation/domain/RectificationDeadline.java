package org.onestop.portal.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.onestop.portal.calendar.domain.WorkingDayCalendar;

/**
 * How long a department has to rectify a bad review: working days, in the calendar of the region
 * of the case, after the day (China Standard Time) it was raised or reopened.
 */
public record RectificationDeadline(int days, WorkingDayCalendar calendar) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public RectificationDeadline {
        if (days < 1) {
            throw new IllegalArgumentException("the rectification deadline must be at least one working day");
        }
    }

    /** The deadline counted Monday to Friday, until it is put {@link #in} a region's calendar. */
    public RectificationDeadline(int days) {
        this(days, WorkingDayCalendar.mondayToFriday());
    }

    /** The same number of working days in the given region's calendar. */
    public RectificationDeadline in(WorkingDayCalendar regionCalendar) {
        return new RectificationDeadline(days, regionCalendar);
    }

    public LocalDate dueOn(Instant from) {
        return calendar.addWorkingDays(today(from), days);
    }

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, CHINA);
    }
}
