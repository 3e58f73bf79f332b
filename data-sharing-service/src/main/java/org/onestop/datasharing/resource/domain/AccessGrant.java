package org.onestop.datasharing.resource.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import org.onestop.platform.rules.StateConflict;

/**
 * A department's right to read, or to publish, some fields of another department's resource for a
 * purpose and a period. Nothing is shared without one (deny by default).
 */
public record AccessGrant(UUID id, UUID resourceId, String resourceCode, String consumerDepartment, String purpose, List<String> fields,
                          List<GrantRight> rights, Instant validFrom, Instant validUntil, GrantStatus status, String requestedBy,
                          Instant requestedAt, String decidedBy, Instant decidedAt, String decisionReason,
                          long rowVersion) {

    public AccessGrant {
        fields = List.copyOf(fields);
        rights = List.copyOf(rights);
    }

    /**
     * A request for the given fields and rights ({@code READ} when none are named); reading an
     * unconditional resource is granted at once, publishing always waits for the owner.
     */
    public static AccessGrant request(DataResource resource, String consumerDepartment, String purpose,
                                      List<String> fields, List<GrantRight> requestedRights, Instant validFrom, Instant validUntil, String requestedBy,
                                      Instant now) {
        if (resource.sharingType() == SharingType.NOT_SHARED) {
            throw new StateConflict("Resource " + resource.code() + " is not shared");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (resource.isOwnedBy(consumerDepartment)) {
            problems.add(new FieldProblem("resource", "a department needs no grant for its own resource"));
        }
        if (fields.isEmpty()) {
            problems.add(new FieldProblem("fields", "name at least one field"));
        }
        fields.stream().filter(field -> !resource.fieldCodes().contains(field)).distinct().sorted()
                .forEach(field -> problems.add(new FieldProblem("fields", "unknown field " + field)));
        if (requestedRights != null && requestedRights.isEmpty()) {
            problems.add(new FieldProblem("rights", "name READ, PUBLISH or both, or leave it out for READ"));
        }
        if (!validUntil.isAfter(validFrom)) {
            problems.add(new FieldProblem("validUntil", "must be after validFrom"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation("The grant request is invalid", problems);
        }
        List<GrantRight> rights = requestedRights == null ? List.of(GrantRight.READ)
                : requestedRights.stream().distinct().sorted().toList();
        boolean automatic = resource.sharingType() == SharingType.UNCONDITIONAL && !rights.contains(GrantRight.PUBLISH);
        return new AccessGrant(UUID.randomUUID(), resource.id(), resource.code(), consumerDepartment, purpose,
                fields.stream().distinct().toList(), rights, validFrom, validUntil,
                automatic ? GrantStatus.APPROVED : GrantStatus.REQUESTED, requestedBy, now,
                automatic ? "system" : null, automatic ? now : null,
                automatic ? "unconditional sharing" : null, 0);
    }

    public AccessGrant approve(String owner, String reason, Instant now) {
        return decide(GrantStatus.APPROVED, owner, reason, now);
    }

    public AccessGrant refuse(String owner, String reason, Instant now) {
        return decide(GrantStatus.REFUSED, owner, reason, now);
    }

    /** The owner withdraws an approved grant before it expires; the reason is required. */
    public AccessGrant revoke(String owner, String reason, Instant now) {
        if (status != GrantStatus.APPROVED) {
            throw new StateConflict("Only an approved grant can be revoked; this one is " + status,
                    Map.of("grantStatus", status.name()));
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("A revocation needs a reason",
                    List.of(new FieldProblem("reason", "must name why the grant is revoked")));
        }
        return new AccessGrant(id, resourceId, resourceCode, consumerDepartment, purpose, fields, rights, validFrom,
                validUntil, GrantStatus.REVOKED, requestedBy, requestedAt, owner, now, reason, rowVersion);
    }

    public boolean isActive(Instant now) {
        return status == GrantStatus.APPROVED && !now.isBefore(validFrom) && now.isBefore(validUntil);
    }

    /** Whether it is in force now and allows the right. */
    public boolean allows(GrantRight right, Instant now) {
        return isActive(now) && rights.contains(right);
    }

    /** A record a grantee publishes may hold only the granted fields: one problem per other field. */
    public void checkPublishable(Map<String, Object> data) {
        List<FieldProblem> problems = data.keySet().stream().filter(field -> !fields.contains(field)).sorted()
                .map(field -> new FieldProblem("data." + field, "is not among the fields your grant lets you publish"))
                .toList();
        if (!problems.isEmpty()) {
            throw new RuleViolation("The record holds fields outside the grant", problems);
        }
    }

    /** Only the granted fields of a record; everything else never leaves. */
    public Map<String, Object> project(Map<String, Object> data) {
        Map<String, Object> shared = new LinkedHashMap<>();
        fields.forEach(field -> {
            if (data.containsKey(field)) {
                shared.put(field, data.get(field));
            }
        });
        return shared;
    }

    private AccessGrant decide(GrantStatus decision, String owner, String reason, Instant now) {
        if (status != GrantStatus.REQUESTED) {
            throw new StateConflict("The grant is already " + status, Map.of("grantStatus", status.name()));
        }
        return new AccessGrant(id, resourceId, resourceCode, consumerDepartment, purpose, fields, rights, validFrom,
                validUntil, decision,
                requestedBy, requestedAt, owner, now, reason, rowVersion);
    }
}
