package org.onestop.portal.application.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.contracts.portal.ApplicationCorrected;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.contracts.portal.ApplicationWithdrawn;
import org.onestop.contracts.portal.SubmittedMaterial;

/**
 * An application (申请) as submitted by an applicant, and where it stands.
 *
 * @param correctionsRequested correction requests the case has made so far
 * @param correctionsAnswered  of those, how many the applicant has answered
 * @param withdrawalRequestedAt when the applicant asked to withdraw, if they did
 */
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
        Instant submittedAt,
        int correctionsRequested,
        int correctionsAnswered,
        Instant withdrawalRequestedAt) {

    public ApplicationSubmitted submittedEvent(List<SubmittedMaterial> materials) {
        return new ApplicationSubmitted(id.toString(), trackingNumber, itemCode, itemVersion, itemName, applicantId,
                applicantName, applicantType, formData, regionCode, departmentCode, channel, submittedAt, materials);
    }

    /** Whether a correction request is waiting for the applicant's answer. */
    public boolean awaitsCorrection() {
        return status == ApplicationStatus.CORRECTION_REQUESTED && correctionsAnswered < correctionsRequested;
    }

    /** Whether the applicant may still withdraw: before a conclusion, and only once. */
    public boolean withdrawable() {
        return status.beforeConclusion() && withdrawalRequestedAt == null;
    }

    public ApplicationCorrected correctedEvent(String note, List<SubmittedMaterial> materials, String requestChannel,
                                               Instant at) {
        return new ApplicationCorrected(id.toString(), trackingNumber, applicantId, note, materials, regionCode,
                departmentCode, requestChannel, at);
    }

    public ApplicationWithdrawn withdrawnEvent(String reason, String requestChannel, Instant at) {
        return new ApplicationWithdrawn(id.toString(), trackingNumber, applicantId, reason, regionCode, departmentCode,
                requestChannel, at);
    }
}
