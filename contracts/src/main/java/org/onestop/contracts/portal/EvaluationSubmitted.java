package org.onestop.contracts.portal;

import java.time.Instant;

/**
 * The applicant evaluated a concluded case (一事一评).
 *
 * @param level one of {@code VERY_SATISFIED}, {@code SATISFIED}, {@code BASICALLY_SATISFIED},
 *              {@code DISSATISFIED}, {@code VERY_DISSATISFIED}
 * @param bad   whether it is a bad review (the last two levels)
 * @param overall the online dimensions, 1 to 5, each null when not given
 */
public record EvaluationSubmitted(
        String evaluationId,
        String applicationId,
        String trackingNumber,
        String caseId,
        String itemCode,
        int itemVersion,
        String level,
        boolean bad,
        Integer overall,
        Integer efficiency,
        Integer guideAccuracy,
        Integer convenience,
        Integer usability,
        String reviewerId,
        String regionCode,
        String departmentCode,
        String channel,
        Instant submittedAt) implements EvaluationEvent {

    public static final String TYPE = "portal.evaluation.submitted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
