package org.onestop.contracts.processing;

import java.time.Instant;

/** A case was claimed by or assigned to a member of staff of its department. */
public record CaseAssigned(
        String caseId,
        String applicationId,
        String trackingNumber,
        String assignee,
        String assignedBy,
        String regionCode,
        String departmentCode,
        String channel,
        Instant assignedAt) implements CaseEvent {

    public static final String TYPE = "processing.case.assigned.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
