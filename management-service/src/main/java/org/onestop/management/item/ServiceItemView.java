package org.onestop.management.item;

import java.time.Instant;
import java.util.List;
import org.onestop.contracts.management.FormField;
import org.onestop.management.item.domain.ServiceItem;

/** A service item version as the API shows it. */
record ServiceItemView(String id, String code, int version, String name, String itemType, String regionCode,
                       String departmentCode, String departmentName, int legalLimitDays, int promisedLimitDays,
                       List<FormField> formFields, String status, Instant createdAt, Instant publishedAt) {

    static ServiceItemView of(ServiceItem item) {
        return new ServiceItemView(item.id().toString(), item.code(), item.version(), item.name(), item.itemType().name(),
                item.regionCode(), item.departmentCode(), item.departmentName(), item.legalLimitDays(),
                item.promisedLimitDays(), item.formFields(), item.status().name(), item.createdAt(), item.publishedAt());
    }
}
