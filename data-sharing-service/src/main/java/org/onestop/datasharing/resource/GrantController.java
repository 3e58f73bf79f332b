package org.onestop.datasharing.resource;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onestop.datasharing.resource.domain.AccessGrant;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
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

/** Grants a department asked for or must decide; only the owner's staff decide or revoke. */
@RestController
@RequestMapping("/api/data-sharing/v1/grants")
class GrantController {

    private final GrantDecisions grants;

    GrantController(GrantDecisions grants) {
        this.grants = grants;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('STAFF', 'DEPARTMENT_SYSTEM')")
    PageResponse<GrantView> involving(@RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size,
                                      @AuthenticationPrincipal Jwt jwt) {
        return grants.involving(CurrentUser.of(jwt), PageRequest.of(page, size)).map(GrantView::of);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('STAFF')")
    GrantView approve(@PathVariable UUID id, @Valid @RequestBody(required = false) Decision decision,
                      @AuthenticationPrincipal Jwt jwt) {
        return GrantView.of(grants.approve(id, CurrentUser.of(jwt), reasonOf(decision)));
    }

    @PostMapping("/{id}/refuse")
    @PreAuthorize("hasRole('STAFF')")
    GrantView refuse(@PathVariable UUID id, @Valid @RequestBody(required = false) Decision decision,
                     @AuthenticationPrincipal Jwt jwt) {
        return GrantView.of(grants.refuse(id, CurrentUser.of(jwt), reasonOf(decision)));
    }

    @PostMapping("/{id}/revoke")
    @PreAuthorize("hasRole('STAFF')")
    GrantView revoke(@PathVariable UUID id, @Valid @RequestBody(required = false) Decision decision,
                     @AuthenticationPrincipal Jwt jwt) {
        return GrantView.of(grants.revoke(id, CurrentUser.of(jwt), reasonOf(decision)));
    }

    private static String reasonOf(Decision decision) {
        return decision == null ? null : decision.reason();
    }

    record Decision(@Size(max = 1000) String reason) {
    }

    record GrantView(String id, String resourceCode, String consumerDepartment, String purpose, List<String> fields,
                     List<String> rights, Instant validFrom, Instant validUntil, String status, String requestedBy, String decidedBy,
                     Instant decidedAt, String decisionReason) {

        static GrantView of(AccessGrant grant) {
            return new GrantView(grant.id().toString(), grant.resourceCode(), grant.consumerDepartment(), grant.purpose(),
                    grant.fields(), grant.rights().stream().map(Enum::name).toList(), grant.validFrom(), grant.validUntil(), grant.status().name(), grant.requestedBy(),
                    grant.decidedBy(), grant.decidedAt(), grant.decisionReason());
        }
    }
}
