package org.onestop.portal.evaluation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onestop.contracts.portal.EvaluationEvent;
import org.onestop.contracts.portal.EvaluationSubmitted;
import org.onestop.platform.rules.StateConflict;
import org.onestop.portal.application.domain.Application;
import org.onestop.portal.application.domain.ApplicationStatus;

/**
 * The applicant's evaluation of one concluded case (一事一评). A bad review opens a rectification
 * record for the department that handled the case.
 */
public record Evaluation(
        UUID id,
        UUID applicationId,
        String trackingNumber,
        String caseId,
        String reviewerId,
        String itemCode,
        int itemVersion,
        String itemName,
        String departmentCode,
        String regionCode,
        SatisfactionLevel level,
        Dimensions dimensions,
        String comment,
        String channel,
        Instant submittedAt) {

    /**
     * Evaluates the reviewer's own application, which must have concluded (办结, or delivered after
     * it); before that it is a conflict.
     */
    public static Submitted submit(Application application, SatisfactionLevel level, Dimensions dimensions,
                                   String comment, String channel, RectificationDeadline deadline, Instant at) {
        if (application.status() != ApplicationStatus.CONCLUDED && application.status() != ApplicationStatus.DELIVERED) {
            throw new StateConflict("A case can be evaluated once it has concluded",
                    Map.of("applicationStatus", application.status().name()));
        }
        var evaluation = new Evaluation(UUID.randomUUID(), application.id(), application.trackingNumber(),
                application.caseId(), application.applicantId(), application.itemCode(), application.itemVersion(),
                application.itemName(), application.departmentCode(), application.regionCode(), level,
                dimensions == null ? Dimensions.NONE : dimensions, comment, channel, at);
        List<EvaluationEvent> events = new ArrayList<>();
        events.add(evaluation.submittedEvent());
        Optional<Rectification> rectification = Optional.empty();
        if (level.bad()) {
            var raised = Rectification.raise(evaluation, deadline, at);
            rectification = Optional.of(raised.rectification());
            events.add(raised.event());
        }
        return new Submitted(evaluation, rectification, events);
    }

    private EvaluationSubmitted submittedEvent() {
        return new EvaluationSubmitted(id.toString(), applicationId.toString(), trackingNumber, caseId, itemCode,
                itemVersion, level.name(), level.bad(), dimensions.overall(), dimensions.efficiency(),
                dimensions.guideAccuracy(), dimensions.convenience(), dimensions.usability(), reviewerId, regionCode,
                departmentCode, channel, submittedAt);
    }

    /** A new evaluation, the rectification it opened if it is a bad review, and their events in order. */
    public record Submitted(Evaluation evaluation, Optional<Rectification> rectification, List<EvaluationEvent> events) {
    }
}
