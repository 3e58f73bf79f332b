package org.onestop.contracts.portal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A supervisor of the department answered an appeal.
 *
 * @param decision {@code UPHELD} (the rectification is reopened, due by {@code dueOn}) or
 *                 {@code DISMISSED} (the handling stands and the record is closed; {@code dueOn} null)
 */
public record AppealAnswered(
        String evaluationId,
        String rectificationId,
        String trackingNumber,
        String decision,
        LocalDate dueOn,
        String answeredBy,
        String regionCode,
        String departmentCode,
        String channel,
        Instant answeredAt) implements EvaluationEvent {

    public static final String TYPE = "portal.evaluation.appeal-answered.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
