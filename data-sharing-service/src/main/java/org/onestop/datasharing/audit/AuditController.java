package org.onestop.datasharing.audit;

import org.onestop.datasharing.audit.domain.AuditEntry;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervisors read the exchange audit log and check that nobody altered it. */
@RestController
@RequestMapping("/api/data-sharing/v1/audit")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    PageResponse<AuditEntry> entries(@RequestParam(required = false) String department,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return audit.page(department, PageRequest.of(page, size));
    }

    @GetMapping("/verification")
    AuditLog.ChainCheck verify() {
        return audit.verify();
    }
}
