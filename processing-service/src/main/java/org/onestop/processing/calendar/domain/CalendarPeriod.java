package org.onestop.processing.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.RuleViolation.FieldProblem;

/**
 * A run of days in one region's calendar: a public holiday (days off) or make-up working days
 * (调休上班, weekend days worked in exchange for a longer holiday).
 *
 * @param regionCode GB/T 2260 code, or {@link #NATIONAL} for the schedule every region follows
 */
public record CalendarPeriod(UUID id, String regionCode, String name, Kind kind, LocalDate firstDay, LocalDate lastDay) {

    /** The region code of the State Council's schedule, which applies everywhere unless a region overrides a day. */
    public static final String NATIONAL = "000000";

    /** The longest period accepted: the longest PRC holiday is 9 days; a month leaves room for local ones. */
    static final int MAX_DAYS = 31;

    public enum Kind { HOLIDAY, MAKE_UP_WORKDAY }

    /**
     * Checks a new period on its own and against the region's existing ones: 400 with one entry
     * per problem when it is malformed or overlaps another.
     */
    public static CalendarPeriod define(String regionCode, String name, Kind kind, LocalDate firstDay, LocalDate lastDay,
                                        List<CalendarPeriod> existing) {
        List<FieldProblem> problems = new ArrayList<>();
        if (regionCode == null || !regionCode.matches("\\d{6}|\\d{12}")) {
            problems.add(new FieldProblem("regionCode", "must be a GB/T 2260 code of 6 or 12 digits"));
        }
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "must not be blank"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "must be HOLIDAY or MAKE_UP_WORKDAY"));
        }
        if (firstDay == null) {
            problems.add(new FieldProblem("firstDay", "must be a date like 2026-10-01"));
        }
        if (lastDay == null) {
            problems.add(new FieldProblem("lastDay", "must be a date like 2026-10-07"));
        }
        if (firstDay != null && lastDay != null) {
            if (lastDay.isBefore(firstDay)) {
                problems.add(new FieldProblem("lastDay", "must not be before firstDay"));
            } else if (ChronoUnit.DAYS.between(firstDay, lastDay) >= MAX_DAYS) {
                problems.add(new FieldProblem("lastDay", "a period lasts at most " + MAX_DAYS + " days"));
            } else {
                if (kind == Kind.MAKE_UP_WORKDAY && !onlyWeekendDays(firstDay, lastDay)) {
                    problems.add(new FieldProblem("firstDay", "make-up working days fall on a Saturday or Sunday"));
                }
                for (CalendarPeriod other : existing) {
                    if (!firstDay.isAfter(other.lastDay()) && !lastDay.isBefore(other.firstDay())) {
                        problems.add(new FieldProblem("firstDay", "overlaps " + other.name() + " ("
                                + other.firstDay() + " to " + other.lastDay() + ")"));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation("The calendar period is not valid", problems);
        }
        return new CalendarPeriod(UUID.randomUUID(), regionCode, name.trim(), kind, firstDay, lastDay);
    }

    private static boolean onlyWeekendDays(LocalDate firstDay, LocalDate lastDay) {
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                return false;
            }
        }
        return true;
    }
}
