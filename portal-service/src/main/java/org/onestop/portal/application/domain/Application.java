package org.onestop.portal.application.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.contracts.portal.ApplicationSubmitted;

/** An application (申请) as submitted by an applicant, and where it stands. */
public record Application(
        UUID id,
        String trackingNumber,
        String applicantId,
        String applicantName,
        String applicantType,
        String itemCode,
        int itemVersion,
        String itemName,
        String departmentCode,
        String regionCode,
        Map<String, Object> formData,
        ApplicationStatus status,
        String caseId,
        String channel,
        String idempotencyKey,
        Instant submittedAt) {

    public ApplicationSubmitted submittedEvent() {
        return new ApplicationSubmitted(id.toString(), trackingNumber, itemCode, itemVersion, itemName, applicantId,
                applicantName, applicantType, formData, regionCode, departmentCode, channel, submittedAt, List.of());
    }
}
