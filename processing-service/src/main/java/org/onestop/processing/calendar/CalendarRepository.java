package org.onestop.processing.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.processing.calendar.domain.CalendarPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CalendarRepository {

    private final JdbcClient jdbc;

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A region's periods in date order (served by calendar_period_region_idx). */
    List<CalendarPeriod> periodsOf(String regionCode) {
        return jdbc.sql("select * from calendar_period where region_code = ? order by first_day")
                .param(regionCode)
                .query(this::map)
                .list();
    }

    /** The periods a region's calendar is made of: the national ones, then the region's own, which win day by day. */
    List<CalendarPeriod> periodsFor(String regionCode) {
        List<CalendarPeriod> all = new ArrayList<>(periodsOf(CalendarPeriod.NATIONAL));
        if (!CalendarPeriod.NATIONAL.equals(regionCode)) {
            all.addAll(periodsOf(regionCode));
        }
        return all;
    }

    void insert(CalendarPeriod period) {
        jdbc.sql("""
                insert into calendar_period (id, region_code, name, kind, first_day, last_day)
                values (?, ?, ?, ?, ?, ?)""")
                .params(period.id(), period.regionCode(), period.name(), period.kind().name(), period.firstDay(),
                        period.lastDay())
                .update();
    }

    /** Removes the period and returns it, if the region has it. */
    Optional<CalendarPeriod> delete(String regionCode, UUID id) {
        return jdbc.sql("delete from calendar_period where region_code = ? and id = ? returning *")
                .params(regionCode, id)
                .query(this::map)
                .optional();
    }

    /** Serialises changes to one region's calendar, so two overlapping periods cannot both pass the check. */
    void lockRegion(String regionCode) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('onestop.calendar.' || ?))").param(regionCode).query().singleRow();
    }

    /**
     * Serialises publications (of every replica) until the transaction ends, so that two of them
     * never compare against the same fingerprint and both publish.
     */
    void lockPublication() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('onestop.calendar.publication'))").query().singleRow();
    }

    /** Regions other than the national schedule with periods of their own, or with a calendar published before. */
    List<String> regionsWithOwnCalendar() {
        return jdbc.sql("""
                select region_code from calendar_period where region_code <> ?
                union
                select region_code from calendar_publication where region_code <> ?
                order by 1""")
                .params(CalendarPeriod.NATIONAL, CalendarPeriod.NATIONAL)
                .query(String.class)
                .list();
    }

    /** Every year that some period of some region touches. */
    List<Integer> yearsWithPeriods() {
        return jdbc.sql("""
                select distinct year from calendar_period,
                    generate_series(extract(year from first_day)::int, extract(year from last_day)::int) as year
                order by year""")
                .query(Integer.class)
                .list();
    }

    /** The fingerprint of the working days last published for the region's year. */
    Optional<String> publishedFingerprint(String regionCode, int year) {
        return jdbc.sql("select fingerprint from calendar_publication where region_code = ? and year = ?")
                .params(regionCode, year)
                .query(String.class)
                .optional();
    }

    void recordPublication(String regionCode, int year, String fingerprint, Instant at) {
        jdbc.sql("""
                insert into calendar_publication (region_code, year, fingerprint, revision, published_at)
                values (?, ?, ?, 1, ?)
                on conflict (region_code, year) do update
                    set fingerprint = excluded.fingerprint, revision = calendar_publication.revision + 1,
                        published_at = excluded.published_at""")
                .params(regionCode, year, fingerprint, Timestamp.from(at))
                .update();
    }

    private CalendarPeriod map(ResultSet rs, int row) throws SQLException {
        return new CalendarPeriod(rs.getObject("id", UUID.class), rs.getString("region_code"), rs.getString("name"),
                CalendarPeriod.Kind.valueOf(rs.getString("kind")), rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class));
    }
}
