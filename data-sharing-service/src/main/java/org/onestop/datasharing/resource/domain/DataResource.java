package org.onestop.datasharing.resource.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.RuleViolation.FieldProblem;

/** A data resource a department holds and lists in the sharing catalog (共享目录). */
public record DataResource(UUID id, String code, String name, String description, String ownerDepartment,
                           SharingType sharingType, String updateFrequency, List<ResourceField> fields,
                           String createdBy, Instant createdAt) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{2,62}");
    private static final Pattern FIELD_CODE = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,62}");
    private static final Set<String> FIELD_TYPES = Set.of("string", "number", "date", "boolean");
    private static final Set<String> FREQUENCIES = Set.of("realtime", "daily", "weekly", "monthly", "quarterly", "yearly");

    public DataResource {
        fields = List.copyOf(fields);
    }

    /** A resource registered by its owner, checked whole: every problem is reported at once. */
    public static DataResource register(String code, String name, String description, String ownerDepartment,
                                        SharingType sharingType, String updateFrequency, List<ResourceField> fields,
                                        String createdBy, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "must be 3 to 63 lowercase letters, digits or dashes"));
        }
        if (!FREQUENCIES.contains(updateFrequency)) {
            problems.add(new FieldProblem("updateFrequency", "must be one of " + FREQUENCIES));
        }
        if (fields.isEmpty()) {
            problems.add(new FieldProblem("fields", "a resource has at least one field"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            ResourceField field = fields.get(i);
            if (field.code() == null || !FIELD_CODE.matcher(field.code()).matches()) {
                problems.add(new FieldProblem("fields[" + i + "].code", "must be a letter followed by letters, digits or _"));
            } else if (!seen.add(field.code())) {
                problems.add(new FieldProblem("fields[" + i + "].code", "duplicate field " + field.code()));
            }
            if (!FIELD_TYPES.contains(field.type())) {
                problems.add(new FieldProblem("fields[" + i + "].type", "must be one of " + FIELD_TYPES));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation("The resource definition is invalid", problems);
        }
        return new DataResource(UUID.randomUUID(), code, name, description, ownerDepartment, sharingType,
                updateFrequency, fields, createdBy, now);
    }

    public Set<String> fieldCodes() {
        Set<String> codes = new HashSet<>();
        fields.forEach(field -> codes.add(field.code()));
        return codes;
    }

    /** Checks a record the owner publishes: only fields of this resource. */
    public void checkRecord(Map<String, Object> data) {
        List<FieldProblem> problems = data.keySet().stream().filter(key -> !fieldCodes().contains(key)).sorted()
                .map(key -> new FieldProblem("data." + key, "is not a field of resource " + code)).toList();
        if (!problems.isEmpty()) {
            throw new RuleViolation("The record has fields the resource does not define", problems);
        }
    }

    public boolean isOwnedBy(String department) {
        return ownerDepartment.equals(department);
    }
}
