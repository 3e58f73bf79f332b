package org.onestop.contracts.portal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An applicant submitted an application for a published item version. The applicant is named
 * by account id and display name only: no identity number travels on this topic. Materials are
 * uploads held by the portal or references to the applicant's e-certificates.
 */
public record ApplicationSubmitted(
        String applicationId,
        String trackingNumber,
        String itemCode,
        int itemVersion,
        String itemName,
        String applicantId,
        String applicantName,
        String applicantType,
        Map<String, Object> formData,
        String regionCode,
        String departmentCode,
        String channel,
        Instant submittedAt,
        List<SubmittedMaterial> materials) implements ApplicationEvent {

    public static final String TYPE = "portal.application.submitted.v1";

    public ApplicationSubmitted {
        formData = formData == null ? Map.of() : Map.copyOf(formData);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return applicationId;
    }

    @Override
    public String subject() {
        return trackingNumber;
    }
}
