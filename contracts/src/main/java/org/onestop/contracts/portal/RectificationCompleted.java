package org.onestop.contracts.portal;

import java.time.Instant;

/**
 * The department recorded what it did about a bad review.
 *
 * @param substantiated whether its verification found the complaint justified
 * @param outcome       {@code RECTIFIED} (measures taken) or {@code EXPLAINED} (an explanation to the reviewer)
 * @param onTime        whether it was recorded by the deadline
 */
public record RectificationCompleted(
        String evaluationId,
        String rectificationId,
        String trackingNumber,
        String itemCode,
        boolean substantiated,
        String outcome,
        boolean onTime,
        String completedBy,
        String regionCode,
        String departmentCode,
        String channel,
        Instant completedAt) implements EvaluationEvent {

    public static final String TYPE = "portal.evaluation.rectification-completed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
