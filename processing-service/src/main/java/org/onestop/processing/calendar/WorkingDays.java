package org.onestop.processing.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.processing.calendar.domain.CalendarPeriod;
import org.onestop.processing.calendar.domain.WorkingDayCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The working-day calendar of each region, and its upkeep by administrators. */
@Service
public class WorkingDays {

    private final CalendarRepository periods;
    private final CalendarPublication publication;

    WorkingDays(CalendarRepository periods, CalendarPublication publication) {
        this.periods = periods;
        this.publication = publication;
    }

    /** The calendar a region's cases are timed by: the national schedule with the region's own periods over it. */
    @Transactional(readOnly = true)
    public WorkingDayCalendar of(String regionCode) {
        return WorkingDayCalendar.of(periods.periodsFor(regionCode));
    }

    @Transactional
    CalendarPeriod define(String regionCode, String name, CalendarPeriod.Kind kind, LocalDate firstDay,
                          LocalDate lastDay) {
        periods.lockRegion(regionCode);
        var period = CalendarPeriod.define(regionCode, name, kind, firstDay, lastDay, periods.periodsOf(regionCode));
        periods.insert(period);
        publication.changed(regionCode, yearsOf(period));
        return period;
    }

    @Transactional
    void remove(String regionCode, UUID id) {
        CalendarPeriod removed = periods.delete(regionCode, id)
                .orElseThrow(() -> new NotFoundException("No period " + id + " in the calendar of " + regionCode));
        publication.changed(regionCode, yearsOf(removed));
    }

    private static List<Integer> yearsOf(CalendarPeriod period) {
        return IntStream.rangeClosed(period.firstDay().getYear(), period.lastDay().getYear()).boxed().toList();
    }

    @Transactional(readOnly = true)
    PageResponse<CalendarPeriod> list(String regionCode, Integer year, PageRequest page) {
        List<CalendarPeriod> matching = periods.periodsOf(regionCode).stream()
                .filter(p -> year == null || p.firstDay().getYear() == year || p.lastDay().getYear() == year)
                .toList();
        int from = (int) Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.size(), matching.size());
        return PageResponse.of(matching.subList(from, to), page, matching.size());
    }
}
