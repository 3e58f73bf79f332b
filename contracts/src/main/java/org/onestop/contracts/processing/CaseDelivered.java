package org.onestop.contracts.processing;

import java.time.Instant;

/**
 * The result reached the applicant (送达).
 *
 * @param method {@code ONLINE}, {@code POST} or {@code HALL} (picked up in the service hall)
 */
public record CaseDelivered(
        String caseId,
        String applicationId,
        String trackingNumber,
        String method,
        String deliveredBy,
        String note,
        String regionCode,
        String departmentCode,
        String channel,
        Instant deliveredAt) implements CaseEvent {

    public static final String TYPE = "processing.case.delivered.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
