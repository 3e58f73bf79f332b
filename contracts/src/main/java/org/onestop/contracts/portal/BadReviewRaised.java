package org.onestop.contracts.portal;

import java.time.Instant;
import java.time.LocalDate;

/** A bad review opened a rectification record for the department that handled the case, due by {@code dueOn}. */
public record BadReviewRaised(
        String evaluationId,
        String rectificationId,
        String trackingNumber,
        String itemCode,
        String level,
        LocalDate dueOn,
        String regionCode,
        String departmentCode,
        String channel,
        Instant raisedAt) implements EvaluationEvent {

    public static final String TYPE = "portal.evaluation.bad-review-raised.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
