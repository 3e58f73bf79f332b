package org.onestop.portal.inquiry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long a department has to reply: calendar days after the day (China Standard Time) of the
 * question, per kind. Calendar days, not working days: the working-day calendar belongs to the
 * processing service.
 */
public record ReplyDeadlines(int consultationDays, int complaintDays) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public ReplyDeadlines {
        if (consultationDays < 1 || complaintDays < 1) {
            throw new IllegalArgumentException("reply deadlines must be at least one day");
        }
    }

    public LocalDate dueOn(InquiryKind kind, Instant askedAt) {
        int days = kind == InquiryKind.COMPLAINT ? complaintDays : consultationDays;
        return today(askedAt).plusDays(days);
    }

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, CHINA);
    }
}
