package org.onestop.portal.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WorkingDayRepository {

    static final String NATIONAL = "000000";

    private final JdbcClient jdbc;

    WorkingDayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The region's own list of the year if one was published, else the national one, else empty. */
    Optional<Set<LocalDate>> workingDaysOf(String regionCode, int year) {
        return daysOf("working_day", regionCode, year);
    }

    /** The public holidays of the same list as {@link #workingDaysOf}. */
    Optional<Set<LocalDate>> publicHolidaysOf(String regionCode, int year) {
        return daysOf("public_holiday", regionCode, year);
    }

    private Optional<Set<LocalDate>> daysOf(String table, String regionCode, int year) {
        return jdbc.sql("""
                        select region_code from working_day_year where year = ? and region_code in (?, ?)
                        order by region_code = ? limit 1""")
                .params(year, regionCode, NATIONAL, NATIONAL)
                .query(String.class)
                .optional()
                .map(source -> new HashSet<>(jdbc.sql("select day from " + table + " where region_code = ? and day between ? and ?")
                        .params(source, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                        .query(LocalDate.class)
                        .list()));
    }

    /** Replaces the region's year with the days given (those of other years are left out). */
    void replace(String regionCode, int year, List<LocalDate> days, List<LocalDate> publicHolidays, Instant publishedAt,
                 Instant receivedAt) {
        List<LocalDate> ofTheYear = days.stream().filter(day -> day.getYear() == year).distinct().toList();
        jdbc.sql("""
                insert into working_day_year (region_code, year, days, published_at, received_at) values (?, ?, ?, ?, ?)
                on conflict (region_code, year) do update set days = excluded.days,
                    published_at = excluded.published_at, received_at = excluded.received_at""")
                .params(regionCode, year, ofTheYear.size(), Timestamp.from(publishedAt), Timestamp.from(receivedAt))
                .update();
        replaceDays("working_day", regionCode, year, ofTheYear);
        replaceDays("public_holiday", regionCode, year,
                publicHolidays.stream().filter(day -> day.getYear() == year).distinct().toList());
    }

    private void replaceDays(String table, String regionCode, int year, List<LocalDate> days) {
        jdbc.sql("delete from " + table + " where region_code = ? and day between ? and ?")
                .params(regionCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .update();
        jdbc.sql("insert into " + table + " (region_code, day) select ?, unnest(cast(? as date[]))")
                .params(regionCode, days.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}")))
                .update();
    }
}
