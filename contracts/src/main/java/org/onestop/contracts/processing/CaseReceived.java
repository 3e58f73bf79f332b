package org.onestop.contracts.processing;

import java.time.Instant;

/** A case was opened for a submitted application (收件). */
public record CaseReceived(
        String caseId,
        String applicationId,
        String trackingNumber,
        String itemCode,
        int itemVersion,
        String regionCode,
        String departmentCode,
        String channel,
        Instant receivedAt) implements CaseEvent {

    public static final String TYPE = "processing.case.received.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
