package org.onestop.portal.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long a department has to rectify a bad review: calendar days after the day (China Standard
 * Time) it was raised or reopened. DESIGN asks for working days; the working-day calendar belongs
 * to the processing service, which the portal does not call, so calendar days are used.
 */
public record RectificationDeadline(int days) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public RectificationDeadline {
        if (days < 1) {
            throw new IllegalArgumentException("the rectification deadline must be at least one day");
        }
    }

    public LocalDate dueOn(Instant from) {
        return today(from).plusDays(days);
    }

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, CHINA);
    }
}
