package org.onestop.contracts.processing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The working days of one region in one year as processing counts them: Monday to Friday without
 * the public holidays, plus the make-up working days (调休上班), the national schedule with the
 * region's own periods over it. A whole snapshot: it replaces whatever was published before for
 * that region and year. Published when the region's calendar (or the national one) changes, and
 * for what was seeded when processing starts; keyed by {@code <regionCode>/<year>}.
 *
 * @param regionCode     GB/T 2260 code, or {@code 000000} for the national schedule
 * @param workingDays    every working day of the year, in order
 * @param publicHolidays every public holiday of the year, weekends within a holiday included, in
 *                       order (a weekend day in neither list is an ordinary weekend day)
 * @param departmentCode null: a region's calendar belongs to no department
 * @param channel        the channel of the administrator's change, or {@code system} for start-up
 */
public record WorkingDaysPublished(
        String regionCode,
        int year,
        List<LocalDate> workingDays,
        List<LocalDate> publicHolidays,
        String departmentCode,
        String channel,
        Instant publishedAt) implements CalendarEvent {

    public static final String TYPE = "processing.calendar.working-days-published.v1";

    public WorkingDaysPublished {
        workingDays = workingDays == null ? List.of() : List.copyOf(workingDays);
        publicHolidays = publicHolidays == null ? List.of() : List.copyOf(publicHolidays);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return regionCode + "/" + year;
    }

    @Override
    public String subject() {
        return regionCode;
    }
}
