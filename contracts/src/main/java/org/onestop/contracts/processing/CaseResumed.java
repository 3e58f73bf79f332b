package org.onestop.contracts.processing;

import java.time.Instant;

/** A suspended case is back in {@code resumedState} and its clock runs again. */
public record CaseResumed(
        String caseId,
        String applicationId,
        String trackingNumber,
        String resumedBy,
        String opinion,
        String resumedState,
        String regionCode,
        String departmentCode,
        String channel,
        Instant resumedAt) implements CaseEvent {

    public static final String TYPE = "processing.case.resumed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
