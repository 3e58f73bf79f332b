package org.onestop.management.item.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.onestop.contracts.management.FormField;
import org.onestop.contracts.management.ServiceGuide;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.problem.BadRequestException.FieldProblem;
import org.onestop.platform.problem.ConflictException;

/** One version of a service item (实施清单) and the rules it keeps. */
public record ServiceItem(
        UUID id,
        String code,
        int version,
        String name,
        ItemType itemType,
        String regionCode,
        String departmentCode,
        String departmentName,
        int legalLimitDays,
        int promisedLimitDays,
        List<FormField> formFields,
        ItemStatus status,
        String createdBy,
        Instant createdAt,
        Instant publishedAt,
        long rowVersion) {

    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}|\\d{12}");
    private static final Set<String> FIELD_TYPES =
            Set.of("string", "text", "number", "date", "single_choice", "multiple_choice", "file");

    public ServiceItem {
        formFields = List.copyOf(formFields);
    }

    /** A first version, checked against the catalog's rules; every broken rule is reported at once. */
    public static ServiceItem draft(String code, String name, ItemType itemType, String regionCode,
                                    String departmentCode, String departmentName, int legalLimitDays,
                                    int promisedLimitDays, List<FormField> formFields, String createdBy, Instant now) {
        var item = new ServiceItem(UUID.randomUUID(), code, 1, name, itemType, regionCode, departmentCode,
                departmentName, legalLimitDays, promisedLimitDays, formFields, ItemStatus.DRAFT, createdBy, now, null, 0);
        item.checkRules();
        return item;
    }

    /** Publishes this draft; the event carries everything applicants and case handlers need. */
    public Published publish(Instant now, String channel) {
        if (status != ItemStatus.DRAFT && status != ItemStatus.IN_REVIEW) {
            throw new ConflictException("Item " + code + " v" + version + " is " + status + " and cannot be published",
                    Map.of("status", status.name()));
        }
        var published = new ServiceItem(id, code, version, name, itemType, regionCode, departmentCode, departmentName,
                legalLimitDays, promisedLimitDays, formFields, ItemStatus.PUBLISHED, createdBy, createdAt, now, rowVersion);
        var event = new ServiceItemPublished(id.toString(), code, version, name, itemType.name(), regionCode,
                departmentCode, departmentName, legalLimitDays, promisedLimitDays, formFields, channel, now,
                ServiceGuide.empty());
        return new Published(published, event);
    }

    private void checkRules() {
        var problems = new java.util.ArrayList<FieldProblem>();
        if (!REGION_CODE.matcher(regionCode).matches()) {
            problems.add(new FieldProblem("regionCode", "must be a GB/T 2260 code of 6 or 12 digits"));
        }
        if (promisedLimitDays > legalLimitDays) {
            problems.add(new FieldProblem("promisedLimitDays", "must not exceed the legal limit of " + legalLimitDays + " working days"));
        }
        Set<String> fieldCodes = new HashSet<>();
        for (int i = 0; i < formFields.size(); i++) {
            FormField field = formFields.get(i);
            if (!fieldCodes.add(field.code())) {
                problems.add(new FieldProblem("formFields[" + i + "].code", "duplicate field code " + field.code()));
            }
            if (!FIELD_TYPES.contains(field.type())) {
                problems.add(new FieldProblem("formFields[" + i + "].type", "must be one of " + FIELD_TYPES));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException("The service item breaks catalog rules", problems);
        }
    }

    /** The published version and the event that announces it. */
    public record Published(ServiceItem item, ServiceItemPublished event) {
    }
}
