package org.onestop.datasharing.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/**
 * The time series of one indicator for one region, department, item and channel ("all" by
 * default). An item's values are stored under its region and department, so for an item these
 * two may be left at "all".
 */
@RestController
@RequestMapping("/api/data-sharing/v1/indicators")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
@Tag(name = "Indicators", description = "Implementing-effect indicators (DESIGN §3) per day")
class IndicatorController {

    private static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;

    IndicatorController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    @Operation(summary = "One indicator per day for a region, department, item and channel (SUPERVISOR, ADMIN)")
    Series series(@RequestParam String indicator,
                  @RequestParam(defaultValue = IndicatorValue.ALL) String region,
                  @RequestParam(defaultValue = IndicatorValue.ALL) String department,
                  @RequestParam(defaultValue = IndicatorValue.ALL) String item,
                  @RequestParam(defaultValue = IndicatorValue.ALL) String channel,
                  @RequestParam(required = false) LocalDate from,
                  @RequestParam(required = false) LocalDate to) {
        Period period = Period.of(from, to);
        List<Point> points = jdbc.sql("""
                select day, case when count(*) = 1 then min(value) else round(sum(numerator) / sum(denominator), 4) end,
                    sum(numerator), sum(denominator)
                from indicator_value
                where indicator = :indicator and item = :item and channel = :channel
                and (region = :region or (:item <> 'all' and :region = 'all'))
                and (department = :department or (:item <> 'all' and :department = 'all'))
                and day between :from and :to
                group by day order by day""")
                .param("indicator", indicator).param("item", item).param("channel", channel).param("region", region)
                .param("department", department).param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to()))
                .query((rs, n) -> new Point(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2).doubleValue(),
                        rs.getBigDecimal(3).doubleValue(), rs.getBigDecimal(4).doubleValue()))
                .list();
        return new Series(indicator, region, department, item, channel, period.from(), period.to(), points);
    }

    /** From and to (inclusive): by default the 30 days up to today, at most {@value #MAX_DAYS} days. */
    record Period(LocalDate from, LocalDate to) {

        static Period of(LocalDate from, LocalDate to) {
            LocalDate until = to == null ? LocalDate.now(IndicatorComputation.CHINA) : to;
            LocalDate since = from == null ? until.minusDays(29) : from;
            if (since.isAfter(until) || since.plusDays(MAX_DAYS).isBefore(until)) {
                throw new BadRequestException("from", "must be on or before 'to', at most " + MAX_DAYS + " days earlier");
            }
            return new Period(since, until);
        }
    }

    record Series(String indicator, String region, String department, String item, String channel, LocalDate from,
                  LocalDate to, List<Point> points) {
    }

    record Point(LocalDate day, double value, double numerator, double denominator) {
    }
}
