package org.onestop.portal.inquiry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.onestop.portal.calendar.domain.WorkingDayCalendar;

/**
 * How long a department has to reply, per kind: working days, in the calendar of the region of
 * the department, after the day (China Standard Time) of the question.
 */
public record ReplyDeadlines(int consultationDays, int complaintDays, WorkingDayCalendar calendar) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public ReplyDeadlines {
        if (consultationDays < 1 || complaintDays < 1) {
            throw new IllegalArgumentException("reply deadlines must be at least one working day");
        }
    }

    /** The deadlines counted Monday to Friday, until they are put {@link #in} a region's calendar. */
    public ReplyDeadlines(int consultationDays, int complaintDays) {
        this(consultationDays, complaintDays, WorkingDayCalendar.mondayToFriday());
    }

    /** The same numbers of working days in the given region's calendar. */
    public ReplyDeadlines in(WorkingDayCalendar regionCalendar) {
        return new ReplyDeadlines(consultationDays, complaintDays, regionCalendar);
    }

    public LocalDate dueOn(InquiryKind kind, Instant askedAt) {
        int days = kind == InquiryKind.COMPLAINT ? complaintDays : consultationDays;
        return calendar.addWorkingDays(today(askedAt), days);
    }

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, CHINA);
    }
}
