package org.onestop.datasharing.resource;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onestop.datasharing.audit.AuditLog;
import org.onestop.datasharing.resource.domain.AccessGrant;
import org.onestop.datasharing.resource.domain.GrantRight;
import org.onestop.datasharing.resource.domain.DataResource;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Departments ask for access to others' resources; owners approve, refuse or later revoke. */
@Service
class GrantDecisions {

    private final ResourceRepository resources;
    private final ResourceCatalog catalog;
    private final AuditLog audit;
    private final Clock clock;

    GrantDecisions(ResourceRepository resources, ResourceCatalog catalog, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.resources = resources;
        this.catalog = catalog;
        this.audit = audit;
    }

    @Transactional
    AccessGrant request(CurrentUser requester, String resourceCode, String purpose, List<String> fields,
                        List<GrantRight> rights, Instant validFrom, Instant validUntil) {
        String department = Department.of(requester);
        DataResource resource = catalog.visible(resourceCode, requester);
        Instant now = clock.instant();
        AccessGrant grant = AccessGrant.request(resource, department, purpose, fields, rights,
                validFrom == null ? now : validFrom, validUntil, requester.username(), now);
        resources.insert(grant);
        audit.record(requester.username(), department, "grant.request", resourceCode, grant.status().name(),
                grant.rights() + " " + String.join(",", grant.fields()) + " for " + purpose);
        return grant;
    }

    @Transactional
    AccessGrant approve(UUID grantId, CurrentUser owner, String reason) {
        Owned owned = ownedGrant(grantId, owner);
        AccessGrant decided = owned.grant().approve(owner.username(), reason, clock.instant());
        return save(decided, owned, owner, "grant.approve");
    }

    @Transactional
    AccessGrant refuse(UUID grantId, CurrentUser owner, String reason) {
        Owned owned = ownedGrant(grantId, owner);
        AccessGrant decided = owned.grant().refuse(owner.username(), reason, clock.instant());
        return save(decided, owned, owner, "grant.refuse");
    }

    @Transactional
    AccessGrant revoke(UUID grantId, CurrentUser owner, String reason) {
        Owned owned = ownedGrant(grantId, owner);
        AccessGrant revoked = owned.grant().revoke(owner.username(), reason, clock.instant());
        return save(revoked, owned, owner, "grant.revoke");
    }

    @Transactional(readOnly = true)
    PageResponse<AccessGrant> involving(CurrentUser caller, PageRequest page) {
        String department = Department.of(caller);
        return PageResponse.of(resources.grantsInvolving(department, page), page,
                resources.countGrantsInvolving(department));
    }

    private AccessGrant save(AccessGrant decided, Owned owned, CurrentUser owner, String action) {
        resources.updateDecision(decided);
        audit.record(owner.username(), owned.resource().ownerDepartment(), action, owned.resource().code(),
                decided.status().name(), decided.consumerDepartment());
        return decided;
    }

    /** A grant on one of the caller's department's resources; the requesting side cannot decide. */
    private Owned ownedGrant(UUID grantId, CurrentUser owner) {
        String department = Department.of(owner);
        AccessGrant grant = resources.findGrant(grantId)
                .orElseThrow(() -> new NotFoundException("No grant " + grantId));
        DataResource resource = resources.find(grant.resourceId()).orElseThrow();
        if (!resource.isOwnedBy(department)) {
            if (grant.consumerDepartment().equals(department)) {
                throw new AccessDeniedException("Only the owner of the resource decides a grant");
            }
            throw new NotFoundException("No grant " + grantId);
        }
        return new Owned(grant, resource);
    }

    private record Owned(AccessGrant grant, DataResource resource) {
    }
}
