package org.onestop.datasharing.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The time series of one indicator for one region, department, item and channel ("all" by
 * default), and the items of a period ranked. An item's values are stored under its region and
 * department, so for an item these two may be left at "all".
 */
@RestController
@RequestMapping("/api/data-sharing/v1/indicators")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
@Tag(name = "Indicators", description = "Implementing-effect indicators (docs/design.md §3.9) per day")
class IndicatorController {

    private static final int MAX_DAYS = 366;

    private final IndicatorQueries queries;
    private final IndicatorComputation computation;

    IndicatorController(IndicatorQueries queries, IndicatorComputation computation) {
        this.queries = queries;
        this.computation = computation;
    }

    @PostMapping("/recomputation")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Computes again what the events of the days from..to (default today) give, e.g. after an "
            + "outage or a replay of events; the catalog figures of past days stay as found that day (ADMIN)")
    Recomputation recompute(@RequestParam LocalDate from, @RequestParam(required = false) LocalDate to) {
        Period period = Period.of(from, to);
        int days = 0;
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            computation.recomputeEventsOf(day);
            days++;
        }
        return new Recomputation(period.from(), period.to(), days);
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
        return new Series(indicator, region, department, item, channel, period.from(), period.to(),
                queries.series(indicator, region, department, item, channel, period));
    }

    @GetMapping("/items")
    @Operation(summary = "The items of one indicator over a period, days added up, highest first by numerator "
            + "(e.g. the most-viewed guides) or value (SUPERVISOR, ADMIN)")
    PageResponse<ItemFigure> items(@RequestParam String indicator,
                                   @RequestParam(defaultValue = IndicatorValue.ALL) String region,
                                   @RequestParam(defaultValue = IndicatorValue.ALL) String department,
                                   @RequestParam(defaultValue = IndicatorValue.ALL) String channel,
                                   @RequestParam(required = false) LocalDate from,
                                   @RequestParam(required = false) LocalDate to,
                                   @RequestParam(defaultValue = "numerator") String sort,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return queries.items(indicator, region, department, channel, Period.of(from, to), sort,
                PageRequest.of(page, size));
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

    record Recomputation(LocalDate from, LocalDate to, int days) {
    }

    record Point(LocalDate day, double value, double numerator, double denominator) {
    }

    /** An item's figures over a period: numerators and denominators of its days added up. */
    record ItemFigure(String item, String region, String department, double numerator, double denominator,
                      double value) {
    }
}
