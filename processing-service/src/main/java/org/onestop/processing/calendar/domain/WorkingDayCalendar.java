package org.onestop.processing.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Working days of one region: Monday to Friday, except public holidays, plus make-up working
 * days (调休上班) that fall on a weekend. Periods given later win over earlier ones on the same
 * day, so a region's own periods can be laid over the national ones.
 *
 * <p>Deadlines count as the law counts periods: the day an action happens is not counted, so
 * "N working days from acceptance" ends on the N-th working day after the day of acceptance.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, Boolean> exceptions;

    private WorkingDayCalendar(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = exceptions;
    }

    /** A calendar of the given periods, later ones overriding earlier ones day by day. */
    public static WorkingDayCalendar of(List<CalendarPeriod> periods) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        for (CalendarPeriod period : periods) {
            for (LocalDate day = period.firstDay(); !day.isAfter(period.lastDay()); day = day.plusDays(1)) {
                exceptions.put(day, period.kind() == CalendarPeriod.Kind.MAKE_UP_WORKDAY);
            }
        }
        return new WorkingDayCalendar(exceptions);
    }

    /** Weekends off, nothing else: for regions and years without a published schedule. */
    public static WorkingDayCalendar weekendsOnly() {
        return new WorkingDayCalendar(Map.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Every working day of the year, in order: what other services are told the year's calendar is. */
    public List<LocalDate> workingDaysOf(int year) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /**
     * Every public holiday of the year (a day of a HOLIDAY period that no later period made a
     * working day again), weekends within a holiday included, in order: halls are closed then even
     * if they open on ordinary weekends.
     */
    public List<LocalDate> publicHolidaysOf(int year) {
        return exceptions.entrySet().stream()
                .filter(exception -> exception.getKey().getYear() == year && !exception.getValue())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The {@code days}-th working day after {@code from}; {@code from} itself when {@code days} is 0. */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = from;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
