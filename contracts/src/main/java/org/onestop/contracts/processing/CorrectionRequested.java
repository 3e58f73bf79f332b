package org.onestop.contracts.processing;

import java.time.Instant;
import java.util.List;

/**
 * The department asked the applicant for a correction (补正), naming everything missing at once
 * (一次性告知); the deadline clock pauses until the applicant answers.
 */
public record CorrectionRequested(
        String caseId,
        String applicationId,
        String trackingNumber,
        String requestedBy,
        List<String> missingItems,
        String opinion,
        String regionCode,
        String departmentCode,
        String channel,
        Instant requestedAt) implements CaseEvent {

    public static final String TYPE = "processing.case.correction-requested.v1";

    public CorrectionRequested {
        missingItems = missingItems == null ? List.of() : List.copyOf(missingItems);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
