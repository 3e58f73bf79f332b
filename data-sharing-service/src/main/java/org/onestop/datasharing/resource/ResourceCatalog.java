package org.onestop.datasharing.resource;

import java.time.Clock;
import java.util.List;
import org.onestop.datasharing.audit.AuditLog;
import org.onestop.datasharing.resource.domain.DataResource;
import org.onestop.datasharing.resource.domain.ResourceField;
import org.onestop.datasharing.resource.domain.SharingType;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering data resources and finding them (共享目录). */
@Service
class ResourceCatalog {

    private final ResourceRepository resources;
    private final AuditLog audit;
    private final Clock clock;

    ResourceCatalog(ResourceRepository resources, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.resources = resources;
        this.audit = audit;
    }

    @Transactional
    DataResource register(CurrentUser owner, String code, String name, String description, SharingType sharingType,
                          String updateFrequency, List<ResourceField> fields) {
        String department = Department.of(owner);
        DataResource resource = DataResource.register(code, name, description, department, sharingType,
                updateFrequency, fields, owner.username(), clock.instant());
        if (resources.codeExists(code)) {
            throw new ConflictException("A resource with code " + code + " already exists");
        }
        resources.insert(resource);
        audit.record(owner.username(), department, "resource.register", code, "ok", sharingType.name());
        return resource;
    }

    /** A resource the caller may see: a not-shared one exists only for its owner. */
    @Transactional(readOnly = true)
    DataResource visible(String code, CurrentUser caller) {
        String department = Department.of(caller);
        return resources.findByCode(code)
                .filter(resource -> resource.sharingType() != SharingType.NOT_SHARED || resource.isOwnedBy(department))
                .orElseThrow(() -> new NotFoundException("No data resource " + code));
    }

    @Transactional(readOnly = true)
    PageResponse<DataResource> search(CurrentUser caller, String q, PageRequest page) {
        String department = Department.of(caller);
        String query = q == null || q.isBlank() ? null : q.trim();
        return PageResponse.of(resources.visibleTo(department, query, page), page,
                resources.countVisibleTo(department, query));
    }
}
