package org.onestop.contracts.processing;

import java.time.Instant;

/**
 * An approver decided the case (办结). On {@code APPROVED} this is also the request to issue the
 * result's e-certificate: it names the item, its version and the applicant (by account id and
 * display name only) so that data-sharing can issue it.
 *
 * @param outcome          {@code APPROVED} or {@code DENIED}
 * @param limitWorkingDays the promised limit the case ran against, in working days
 * @param usedWorkingDays  working days used from acceptance to conclusion, pauses excluded
 * @param onTime           whether it concluded within the limit
 */
public record CaseConcluded(
        String caseId,
        String applicationId,
        String trackingNumber,
        String outcome,
        String reasons,
        String concludedBy,
        String itemCode,
        int itemVersion,
        String itemName,
        String applicantId,
        String applicantName,
        String regionCode,
        String departmentCode,
        String channel,
        Instant concludedAt,
        int limitWorkingDays,
        int usedWorkingDays,
        boolean onTime) implements CaseEvent {

    public static final String TYPE = "processing.case.concluded.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
