package org.onestop.contracts.processing;

import java.time.Instant;

/** A reviewer completed review step {@code step} (审查); the case now waits at {@code nextStep}. */
public record CaseReviewed(
        String caseId,
        String applicationId,
        String trackingNumber,
        String step,
        String nextStep,
        String reviewedBy,
        String opinion,
        String regionCode,
        String departmentCode,
        String channel,
        Instant reviewedAt) implements CaseEvent {

    public static final String TYPE = "processing.case.reviewed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
