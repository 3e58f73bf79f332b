package org.onestop.contracts.processing;

import java.time.Instant;

/** Review was suspended (挂起, e.g. for a special procedure such as a hearing); the clock pauses. */
public record CaseSuspended(
        String caseId,
        String applicationId,
        String trackingNumber,
        String suspendedBy,
        String reason,
        String regionCode,
        String departmentCode,
        String channel,
        Instant suspendedAt) implements CaseEvent {

    public static final String TYPE = "processing.case.suspended.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
