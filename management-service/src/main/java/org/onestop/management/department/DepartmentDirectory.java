package org.onestop.management.department;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.onestop.contracts.Topics;
import org.onestop.management.department.domain.Department;
import org.onestop.management.region.RegionDirectory;
import org.onestop.management.region.domain.Region;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering and updating departments; each change is announced on {@code management.department.v1}. */
@Service
public class DepartmentDirectory {

    private final DepartmentRepository departments;
    private final RegionDirectory regions;
    private final OutboxWriter outbox;
    private final Clock clock;

    DepartmentDirectory(DepartmentRepository departments, RegionDirectory regions, OutboxWriter outbox,
                        Clock clock) {
        this.departments = departments;
        this.regions = regions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    Department register(DepartmentRequest request) {
        Department department = Department.register(request.code(), request.creditCode(), request.name(),
                request.regionCode(), request.staffRolesOrNone());
        Region region = regionOf(request.regionCode());
        if (departments.find(department.code()).isPresent()) {
            throw new ConflictException("Department " + department.code() + " already exists");
        }
        departments.insert(department, clock.instant());
        outbox.append(Topics.DEPARTMENT, department.registered(region.name(), RequestContext.channel(), clock.instant()));
        return department;
    }

    @Transactional
    Department update(String code, DepartmentRequest request) {
        Department current = find(code).orElseThrow(() -> new NotFoundException("No department " + code));
        if (request.expectedRevision() == null) {
            throw new BadRequestException("expectedRevision",
                    "must be the revision you read: as If-Match (\"3\"), or, deprecated, as expectedRevision");
        }
        if (request.expectedRevision() != current.revision()) {
            throw new ConflictException("Department " + code + " was changed since you read it",
                    Map.of("currentRevision", current.revision()));
        }
        Department changed = current.update(request.creditCode(), request.name(), request.regionCode(),
                request.staffRolesOrNone());
        Region region = regionOf(request.regionCode());
        departments.update(changed, clock.instant());
        outbox.append(Topics.DEPARTMENT, changed.updated(region.name(), RequestContext.channel(), clock.instant()));
        return departments.find(code).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Department> find(String code) {
        return departments.find(code);
    }

    @Transactional(readOnly = true)
    PageResponse<Department> page(String regionCode, PageRequest page) {
        return PageResponse.of(departments.page(regionCode, page), page, departments.count(regionCode));
    }

    private Region regionOf(String code) {
        return regions.find(code).orElseThrow(() -> new BadRequestException("regionCode", "unknown region " + code));
    }
}
