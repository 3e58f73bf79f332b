package org.onestop.contracts.management;

import java.time.Instant;
import java.util.List;

/**
 * A version of a service item was published and is now what applicants apply under. It carries
 * the whole version (guide and form definition), so consumers can build their read models from
 * it alone; a later version supersedes it ({@link ServiceItemSuperseded}).
 */
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
        Instant publishedAt,
        ServiceGuide guide) implements ServiceItemEvent {

    public static final String TYPE = "management.service-item.published.v1";

    public ServiceItemPublished {
        formFields = formFields == null ? List.of() : List.copyOf(formFields);
        guide = guide == null ? ServiceGuide.empty() : guide;
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
