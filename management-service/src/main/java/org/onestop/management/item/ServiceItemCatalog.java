package org.onestop.management.item;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.management.department.DepartmentDirectory;
import org.onestop.management.department.domain.Department;
import org.onestop.management.region.RegionDirectory;
import org.onestop.management.item.domain.ItemStatus;
import org.onestop.management.item.domain.ServiceItem;
import org.onestop.platform.messaging.OutboxWriter;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.BadRequestException.FieldProblem;
import org.onestop.platform.problem.ConflictException;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.RequestContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting and publishing service items. */
@Service
class ServiceItemCatalog {

    private final ServiceItemRepository items;
    private final RegionDirectory regions;
    private final DepartmentDirectory departments;
    private final OutboxWriter outbox;
    private final Clock clock;

    ServiceItemCatalog(ServiceItemRepository items, RegionDirectory regions, DepartmentDirectory departments,
                       OutboxWriter outbox) {
        this.items = items;
        this.regions = regions;
        this.departments = departments;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    ServiceItem draft(DraftServiceItem request, String editor) {
        if (items.codeExists(request.code())) {
            throw new ConflictException("An item with code " + request.code() + " already exists");
        }
        List<FieldProblem> unknown = new ArrayList<>();
        if (regions.find(request.regionCode()).isEmpty()) {
            unknown.add(new FieldProblem("regionCode", "unknown region " + request.regionCode()));
        }
        Optional<Department> department = departments.find(request.departmentCode());
        if (department.isEmpty()) {
            unknown.add(new FieldProblem("departmentCode", "unknown department " + request.departmentCode()));
        }
        if (!unknown.isEmpty()) {
            throw new BadRequestException("The item names unknown master data", unknown);
        }
        ServiceItem item = ServiceItem.draft(request.code(), request.name(), request.itemType(), request.regionCode(),
                request.departmentCode(), department.get().name(), request.legalLimitDays(),
                request.promisedLimitDays(), request.formFieldsOrEmpty(), editor, clock.instant());
        items.insert(item);
        return item;
    }

    @Transactional
    ServiceItem publish(UUID id) {
        ServiceItem.Published published = find(id).publish(clock.instant(), RequestContext.channel());
        items.updateStatus(published.item());
        outbox.append(Topics.SERVICE_ITEM, published.event());
        return published.item();
    }

    @Transactional(readOnly = true)
    ServiceItem find(UUID id) {
        return items.find(id).orElseThrow(() -> new NotFoundException("No service item " + id));
    }

    @Transactional(readOnly = true)
    PageResponse<ServiceItem> list(ItemStatus status, PageRequest page) {
        return PageResponse.of(items.page(status, page), page, items.count(status));
    }
}
