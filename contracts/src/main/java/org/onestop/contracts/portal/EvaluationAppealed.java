package org.onestop.contracts.portal;

import java.time.Instant;

/** The reviewer appealed the department's handling of their bad review as a misjudgement (once per evaluation). */
public record EvaluationAppealed(
        String evaluationId,
        String rectificationId,
        String trackingNumber,
        String reviewerId,
        String regionCode,
        String departmentCode,
        String channel,
        Instant appealedAt) implements EvaluationEvent {

    public static final String TYPE = "portal.evaluation.appealed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
