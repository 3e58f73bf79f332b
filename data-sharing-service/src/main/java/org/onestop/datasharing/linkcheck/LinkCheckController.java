package org.onestop.datasharing.linkcheck;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onestop.datasharing.linkcheck.LinkChecks.CheckedLink;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervisors see which links of the published guides are broken, and why. */
@RestController
@RequestMapping("/api/data-sharing/v1/link-checks")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
@Tag(name = "Link checks", description = "The links of the published service guides and their last check")
class LinkCheckController {

    private final LinkChecking checks;

    LinkCheckController(LinkChecking checks) {
        this.checks = checks;
    }

    @GetMapping
    @Operation(summary = "Checked links of the published guides, broken first, of a department and validity if given "
            + "(SUPERVISOR, ADMIN)")
    PageResponse<CheckedLink> list(@RequestParam(required = false) String department,
                                   @RequestParam(required = false) Boolean valid,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return checks.findings(department, valid, PageRequest.of(page, size));
    }
}
