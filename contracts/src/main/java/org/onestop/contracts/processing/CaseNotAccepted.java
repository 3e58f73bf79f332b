package org.onestop.contracts.processing;

import java.time.Instant;

/** A clerk refused to accept the case (不予受理), with the reason; the case is closed. */
public record CaseNotAccepted(
        String caseId,
        String applicationId,
        String trackingNumber,
        String decidedBy,
        String reason,
        String regionCode,
        String departmentCode,
        String channel,
        Instant decidedAt) implements CaseEvent {

    public static final String TYPE = "processing.case.not-accepted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
