package org.onestop.contracts.processing;

import java.time.Instant;

/** A clerk accepted the case (受理): the deadline clock starts. */
public record CaseAccepted(
        String caseId,
        String applicationId,
        String trackingNumber,
        String acceptedBy,
        String opinion,
        String regionCode,
        String departmentCode,
        String channel,
        Instant acceptedAt) implements CaseEvent {

    public static final String TYPE = "processing.case.accepted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
