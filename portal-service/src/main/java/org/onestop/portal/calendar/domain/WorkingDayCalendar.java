package org.onestop.portal.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working days of one region, year by year, as the processing service publishes them (the
 * portal does not repeat its rules on weekends, holidays and make-up days): a year with a list
 * works on exactly the days it lists; a year without one works Monday to Friday. Each year is looked
 * up once, when first needed, and kept for the life of the instance: take a fresh one per use so
 * that a newly published list is seen.
 *
 * <p>Deadlines count as processing counts them: the day of the action is not counted, so "N
 * working days" ends on the N-th working day after it.
 */
public final class WorkingDayCalendar {

    /** Where a year's list comes from: the published days of the year, or empty if none were published. */
    @FunctionalInterface
    public interface PublishedYears {
        Optional<Set<LocalDate>> workingDaysOf(int year);
    }

    private final PublishedYears published;
    private final PublishedYears publishedHolidays;
    private final Map<Integer, Optional<Set<LocalDate>>> years = new ConcurrentHashMap<>();
    private final Map<Integer, Optional<Set<LocalDate>>> holidayYears = new ConcurrentHashMap<>();

    private WorkingDayCalendar(PublishedYears published, PublishedYears publishedHolidays) {
        this.published = published;
        this.publishedHolidays = publishedHolidays;
    }

    public static WorkingDayCalendar of(PublishedYears published) {
        return new WorkingDayCalendar(published, year -> Optional.empty());
    }

    /** With the public holidays of each year as well (weekends within a holiday included). */
    public static WorkingDayCalendar of(PublishedYears workingDays, PublishedYears publicHolidays) {
        return new WorkingDayCalendar(workingDays, publicHolidays);
    }

    /** Monday to Friday in every year: what a region without any published list gets. */
    public static WorkingDayCalendar mondayToFriday() {
        return new WorkingDayCalendar(year -> Optional.empty(), year -> Optional.empty());
    }

    /** Whether the day is a public holiday as published; false for a year without a list. */
    public boolean isPublicHoliday(LocalDate day) {
        return holidayYears.computeIfAbsent(day.getYear(), publishedHolidays::workingDaysOf)
                .map(days -> days.contains(day))
                .orElse(false);
    }

    public boolean isWorkingDay(LocalDate day) {
        return years.computeIfAbsent(day.getYear(), published::workingDaysOf)
                .map(days -> days.contains(day))
                .orElseGet(() -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    /** The {@code days}-th working day after {@code from}; {@code from} itself when {@code days} is 0. */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
