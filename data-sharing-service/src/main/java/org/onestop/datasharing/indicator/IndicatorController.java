package org.onestop.datasharing.indicator;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.onestop.platform.problem.BadRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The time series of one indicator for one region, department and channel ("all" by default). */
@RestController
@RequestMapping("/api/data-sharing/v1/indicators")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class IndicatorController {

    private static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;

    IndicatorController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    Series series(@RequestParam String indicator,
                  @RequestParam(defaultValue = IndicatorValue.ALL) String region,
                  @RequestParam(defaultValue = IndicatorValue.ALL) String department,
                  @RequestParam(defaultValue = IndicatorValue.ALL) String channel,
                  @RequestParam(required = false) LocalDate from,
                  @RequestParam(required = false) LocalDate to) {
        LocalDate until = to == null ? LocalDate.now(IndicatorComputation.CHINA) : to;
        LocalDate since = from == null ? until.minusDays(29) : from;
        if (since.isAfter(until) || since.plusDays(MAX_DAYS).isBefore(until)) {
            throw new BadRequestException("from", "must be on or before 'to', at most " + MAX_DAYS + " days earlier");
        }
        List<Point> points = jdbc.sql("""
                select day, value, numerator, denominator from indicator_value
                where indicator = ? and region = ? and department = ? and channel = ? and day between ? and ?
                order by day""")
                .params(indicator, region, department, channel, Date.valueOf(since), Date.valueOf(until))
                .query((rs, n) -> new Point(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2).doubleValue(),
                        rs.getBigDecimal(3).doubleValue(), rs.getBigDecimal(4).doubleValue()))
                .list();
        return new Series(indicator, region, department, channel, since, until, points);
    }

    record Series(String indicator, String region, String department, String channel, LocalDate from, LocalDate to,
                  List<Point> points) {
    }

    record Point(LocalDate day, double value, double numerator, double denominator) {
    }
}
