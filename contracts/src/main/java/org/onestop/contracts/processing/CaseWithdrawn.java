package org.onestop.contracts.processing;

import java.time.Instant;

/** The applicant withdrew the application (撤回) before it was concluded; the case is closed. */
public record CaseWithdrawn(
        String caseId,
        String applicationId,
        String trackingNumber,
        String withdrawnBy,
        String reason,
        String regionCode,
        String departmentCode,
        String channel,
        Instant withdrawnAt) implements CaseEvent {

    public static final String TYPE = "processing.case.withdrawn.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
