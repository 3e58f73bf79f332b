package org.onestop.contracts.management;

import java.time.Instant;
import java.util.List;

/** A version of a service item was published and is now what applicants apply under. */
public record ServiceItemPublished(
        String itemId,
        String code,
        int version,
        String name,
        String itemType,
        String regionCode,
        String departmentCode,
        String departmentName,
        int legalLimitDays,
        int promisedLimitDays,
        List<FormField> formFields,
        String channel,
        Instant publishedAt) implements ServiceItemEvent {

    public static final String TYPE = "management.service-item.published.v1";

    public ServiceItemPublished {
        formFields = formFields == null ? List.of() : List.copyOf(formFields);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return itemId;
    }

    @Override
    public String subject() {
        return code;
    }
}
