package org.onestop.contracts.processing;

import java.time.Instant;

/** The applicant answered a correction request; the case is back in {@code resumedState} and the clock runs again. */
public record CorrectionAnswered(
        String caseId,
        String applicationId,
        String trackingNumber,
        String answeredBy,
        String note,
        String resumedState,
        String regionCode,
        String departmentCode,
        String channel,
        Instant answeredAt) implements CaseEvent {

    public static final String TYPE = "processing.case.correction-answered.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
