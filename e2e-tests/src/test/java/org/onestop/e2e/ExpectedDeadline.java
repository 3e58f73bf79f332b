package org.onestop.e2e;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * The deadline a case must show, worked out from its history and the region's calendar as the
 * law counts: the clock starts on the day of acceptance (not counted), pauses from the day a
 * correction is requested or the case is suspended until the day it goes on (the working days in
 * between do not count), and stops on the day of the conclusion (or withdrawal).
 */
record ExpectedDeadline(String status, int limitWorkingDays, LocalDate startedOn, LocalDate dueOn, int usedWorkingDays,
                        int remainingWorkingDays, boolean overdue) {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Set<String> PAUSED_STATES = Set.of("CORRECTION_REQUESTED", "SUSPENDED");

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    /**
     * @param history the case's history entries, oldest first ({@code fromState}, {@code toState}, {@code occurredAt})
     * @param limit   the promised limit of the item version, in working days
     * @param today   the day (China Standard Time) the case is read on
     */
    static ExpectedDeadline of(JsonNode history, int limit, RegionCalendar calendar, LocalDate today) {
        LocalDate startedOn = null;
        LocalDate pausedOn = null;
        LocalDate stoppedOn = null;
        int pausedDays = 0;
        for (JsonNode entry : history) {
            String from = entry.path("fromState").asString();
            String to = entry.path("toState").asString();
            if (from.equals(to)) {
                continue; // notes such as certificate-issued or skipped change nothing
            }
            LocalDate day = Instant.parse(entry.path("occurredAt").asString()).atZone(CHINA).toLocalDate();
            if ("SUBMITTED".equals(from) && "ACCEPTED".equals(to)) {
                startedOn = day;
                continue;
            }
            if (startedOn == null || stoppedOn != null) {
                continue;
            }
            if (PAUSED_STATES.contains(from) && pausedOn != null && !PAUSED_STATES.contains(to)) {
                pausedDays += calendar.workingDaysBetween(pausedOn, day);
                pausedOn = null;
            }
            if (PAUSED_STATES.contains(to) && pausedOn == null) {
                pausedOn = day;
            }
            if ("CONCLUDED".equals(to) || "WITHDRAWN".equals(to)) {
                stoppedOn = day;
            }
        }
        if (startedOn == null) {
            return new ExpectedDeadline("NOT_STARTED", limit, null, null, 0, limit, false);
        }
        String status = stoppedOn != null ? "STOPPED" : pausedOn != null ? "PAUSED" : "RUNNING";
        LocalDate dueOn = pausedOn != null ? null : calendar.plusWorkingDays(startedOn, limit + pausedDays);
        LocalDate end = stoppedOn != null ? stoppedOn : pausedOn != null ? pausedOn : today;
        int used = calendar.workingDaysBetween(startedOn, end) - pausedDays;
        return new ExpectedDeadline(status, limit, startedOn, dueOn, used, limit - used, used > limit);
    }

    /** The case view's {@code deadline} in the same shape, to compare. */
    static ExpectedDeadline shown(JsonNode deadline) {
        return new ExpectedDeadline(deadline.path("status").asString(), deadline.path("limitWorkingDays").asInt(),
                dayOrNull(deadline.path("startedOn")), dayOrNull(deadline.path("dueOn")),
                deadline.path("usedWorkingDays").asInt(), deadline.path("remainingWorkingDays").asInt(),
                deadline.path("overdue").asBoolean());
    }

    private static LocalDate dayOrNull(JsonNode day) {
        return day.isString() ? LocalDate.parse(day.asString()) : null;
    }
}
