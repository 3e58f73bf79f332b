package org.onestop.processing.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.processing.cases.domain.CaseFile;
import org.onestop.processing.cases.domain.CaseState;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A department's work queue and the actions on its cases. */
@RestController
@RequestMapping("/api/processing/v1/cases")
@PreAuthorize("hasRole('STAFF')")
class CaseController {

    private final CaseHandling cases;

    CaseController(CaseHandling cases) {
        this.cases = cases;
    }

    @GetMapping
    PageResponse<CaseView> queue(@RequestParam(required = false) CaseState state,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size,
                                 @AuthenticationPrincipal Jwt jwt) {
        return cases.queue(CurrentUser.of(jwt), state, PageRequest.of(page, size)).map(CaseView::of);
    }

    @GetMapping("/{id}")
    CaseView get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        return CaseView.of(cases.find(id, CurrentUser.of(jwt)));
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasRole('CLERK')")
    CaseView accept(@PathVariable UUID id, @Valid @RequestBody(required = false) Decision decision,
                    @AuthenticationPrincipal Jwt jwt) {
        Decision given = decision == null ? new Decision(null, null) : decision;
        return CaseView.of(cases.accept(id, CurrentUser.of(jwt), given.opinion(), given.expectedVersion()));
    }

    /** An action's opinion, and the version the actor saw (a stale one gets 409). */
    record Decision(@Size(max = 2000) String opinion, Long expectedVersion) {
    }

    record CaseView(String id, String applicationId, String trackingNumber, String itemCode, int itemVersion,
                    String itemName, String applicantName, String departmentCode, String channel, String state,
                    Instant receivedAt, Instant acceptedAt, long version, List<String> allowedActions) {

        static CaseView of(CaseFile file) {
            return new CaseView(file.id().toString(), file.applicationId(), file.trackingNumber(), file.itemCode(),
                    file.itemVersion(), file.itemName(), file.applicantName(), file.departmentCode(), file.channel(),
                    file.state().name(), file.receivedAt(), file.acceptedAt(), file.rowVersion(), file.allowedActions());
        }
    }
}
