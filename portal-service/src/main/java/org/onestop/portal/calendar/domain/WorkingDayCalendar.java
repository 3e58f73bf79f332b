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

    /** Where a year's list comes from: the published working days of the year, or empty if none were published. */
    @FunctionalInterface
    public interface PublishedYears {
        Optional<Set<LocalDate>> workingDaysOf(int year);
    }

    private final PublishedYears published;
    private final Map<Integer, Optional<Set<LocalDate>>> years = new ConcurrentHashMap<>();

    private WorkingDayCalendar(PublishedYears published) {
        this.published = published;
    }

    public static WorkingDayCalendar of(PublishedYears published) {
        return new WorkingDayCalendar(published);
    }

    /** Monday to Friday in every year: what a region without any published list gets. */
    public static WorkingDayCalendar mondayToFriday() {
        return new WorkingDayCalendar(year -> Optional.empty());
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
