package org.onestop.processing.calendar;

import java.time.LocalDate;
import java.util.UUID;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.processing.calendar.domain.CalendarPeriod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Holidays and make-up working days per region ({@code 000000} is the national schedule). */
@RestController
@RequestMapping("/api/processing/v1/calendars/{regionCode}/periods")
class CalendarController {

    private final WorkingDays workingDays;

    CalendarController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    PageResponse<CalendarPeriod> list(@PathVariable String regionCode, @RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        return workingDays.list(regionCode, year, PageRequest.of(page, size));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    CalendarPeriod define(@PathVariable String regionCode, @RequestBody PeriodRequest request) {
        return workingDays.define(regionCode, request.name(), request.kind(), request.firstDay(), request.lastDay());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String regionCode, @PathVariable UUID id) {
        workingDays.remove(regionCode, id);
    }

    /** Dates as {@code yyyy-MM-dd}; a malformed date is refused with 400 before it gets here. */
    record PeriodRequest(String name, CalendarPeriod.Kind kind, LocalDate firstDay, LocalDate lastDay) {
    }
}
