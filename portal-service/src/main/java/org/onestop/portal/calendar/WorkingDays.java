package org.onestop.portal.calendar;

import java.time.Clock;
import java.time.LocalDate;
import org.onestop.contracts.processing.WorkingDaysPublished;
import org.onestop.portal.calendar.domain.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Working days of the portal's deadlines and halls, from the lists the processing service
 * publishes (it owns the calendar). For a region and year the portal uses the region's own list
 * if one was published for that year, else the national schedule's ({@code 000000}), else Monday
 * to Friday; the last is also what processing counts for a year without any holiday periods.
 */
@Service
public class WorkingDays {

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    private final WorkingDayRepository repository;
    private final Clock clock;

    WorkingDays(WorkingDayRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The calendar of a region, each year looked up when first asked about. */
    public WorkingDayCalendar of(String regionCode) {
        return WorkingDayCalendar.of(year -> repository.workingDaysOf(regionCode, year),
                year -> repository.publicHolidaysOf(regionCode, year));
    }

    public boolean isWorkingDay(String regionCode, LocalDate day) {
        return of(regionCode).isWorkingDay(day);
    }

    /** The {@code days}-th working day in the region after {@code from} (the day itself is not counted). */
    public LocalDate after(String regionCode, LocalDate from, int days) {
        return of(regionCode).addWorkingDays(from, days);
    }

    /** Takes a snapshot in place of the one held for its region and year (inside the listener's transaction). */
    void replace(WorkingDaysPublished snapshot) {
        if (snapshot.regionCode() == null || snapshot.regionCode().isBlank()) {
            log.warn("Ignoring working days of {} without a region", snapshot.year());
            return;
        }
        repository.replace(snapshot.regionCode(), snapshot.year(), snapshot.workingDays(), snapshot.publicHolidays(),
                snapshot.publishedAt() == null ? clock.instant() : snapshot.publishedAt(), clock.instant());
        log.info("Working days of {} in {} replaced: {} days", snapshot.regionCode(), snapshot.year(),
                snapshot.workingDays().size());
    }
}
