package org.onestop.datasharing.eventlog;

import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervisors read what happened across the platform, by subject (tracking number, item code) or type. */
@RestController
@RequestMapping("/api/data-sharing/v1/event-log")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class EventLogController {

    private final EventLog log;

    EventLogController(EventLog log) {
        this.log = log;
    }

    @GetMapping
    PageResponse<EventLog.LoggedEvent> search(@RequestParam(required = false) String subject,
                                              @RequestParam(required = false) String type,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size) {
        return log.search(blankToNull(subject), blankToNull(type), PageRequest.of(page, size));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
