package org.onestop.processing.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
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

    void insert(CalendarPeriod period) {
        jdbc.sql("""
                insert into calendar_period (id, region_code, name, kind, first_day, last_day)
                values (?, ?, ?, ?, ?, ?)""")
                .params(period.id(), period.regionCode(), period.name(), period.kind().name(), period.firstDay(),
                        period.lastDay())
                .update();
    }

    boolean delete(String regionCode, UUID id) {
        return jdbc.sql("delete from calendar_period where region_code = ? and id = ?").params(regionCode, id).update() == 1;
    }

    /** Serialises changes to one region's calendar, so two overlapping periods cannot both pass the check. */
    void lockRegion(String regionCode) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('onestop.calendar.' || ?))").param(regionCode).query().singleRow();
    }

    private CalendarPeriod map(ResultSet rs, int row) throws SQLException {
        return new CalendarPeriod(rs.getObject("id", UUID.class), rs.getString("region_code"), rs.getString("name"),
                CalendarPeriod.Kind.valueOf(rs.getString("kind")), rs.getObject("first_day", java.time.LocalDate.class),
                rs.getObject("last_day", java.time.LocalDate.class));
    }
}
