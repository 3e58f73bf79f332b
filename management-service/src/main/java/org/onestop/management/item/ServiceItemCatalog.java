package org.onestop.management.item;

import java.time.Clock;
import java.util.UUID;
import org.onestop.contracts.Topics;
import org.onestop.management.item.domain.ItemStatus;
import org.onestop.management.item.domain.ServiceItem;
import org.onestop.platform.messaging.OutboxWriter;
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
    private final OutboxWriter outbox;
    private final Clock clock;

    ServiceItemCatalog(ServiceItemRepository items, OutboxWriter outbox) {
        this.items = items;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    ServiceItem draft(DraftServiceItem request, String editor) {
        if (items.codeExists(request.code())) {
            throw new ConflictException("An item with code " + request.code() + " already exists");
        }
        ServiceItem item = ServiceItem.draft(request.code(), request.name(), request.itemType(), request.regionCode(),
                request.departmentCode(), request.departmentName(), request.legalLimitDays(),
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
