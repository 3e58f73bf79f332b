package org.onestop.contracts.portal;

import java.time.Instant;

/** The applicant withdrew an application (撤回) before its case concluded. */
public record ApplicationWithdrawn(
        String applicationId,
        String trackingNumber,
        String applicantId,
        String reason,
        String regionCode,
        String departmentCode,
        String channel,
        Instant withdrawnAt) implements ApplicationEvent {

    public static final String TYPE = "portal.application.withdrawn.v1";

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
