package org.onestop.processing.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.onestop.processing.calendar.domain.WorkingDayCalendar;

/**
 * When an action happens, through which channel, and the working-day calendar of the case's
 * region. Days are China Standard Time days.
 */
public record Moment(Instant at, String channel, WorkingDayCalendar calendar) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public LocalDate today() {
        return LocalDate.ofInstant(at, ZONE);
    }
}
