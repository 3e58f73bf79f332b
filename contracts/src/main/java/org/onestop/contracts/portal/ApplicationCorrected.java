package org.onestop.contracts.portal;

import java.time.Instant;
import java.util.List;

/** The applicant answered a correction request (补正) with a note and the missing materials. */
public record ApplicationCorrected(
        String applicationId,
        String trackingNumber,
        String applicantId,
        String note,
        List<SubmittedMaterial> materials,
        String regionCode,
        String departmentCode,
        String channel,
        Instant correctedAt) implements ApplicationEvent {

    public static final String TYPE = "portal.application.corrected.v1";

    public ApplicationCorrected {
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
