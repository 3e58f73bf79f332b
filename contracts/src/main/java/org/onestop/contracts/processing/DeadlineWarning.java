package org.onestop.contracts.processing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Supervision (电子监察): a running case has used {@code usedWorkingDays} of its
 * {@code limitWorkingDays}, past the early-warning share. Raised once per case.
 */
public record DeadlineWarning(
        String caseId,
        String applicationId,
        String trackingNumber,
        String itemCode,
        int limitWorkingDays,
        int usedWorkingDays,
        LocalDate dueOn,
        String regionCode,
        String departmentCode,
        String channel,
        Instant raisedAt) implements CaseEvent {

    public static final String TYPE = "processing.case.deadline-warning.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
