package org.onestop.portal.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.onestop.contracts.portal.AppealAnswered;
import org.onestop.contracts.portal.BadReviewRaised;
import org.onestop.contracts.portal.EvaluationAppealed;
import org.onestop.contracts.portal.EvaluationEvent;
import org.onestop.contracts.portal.RectificationCompleted;
import org.onestop.platform.rules.StateConflict;

/**
 * The rectification record of a bad review, owned by the department that handled the case: its
 * staff verify the complaint, then record the rectification or an explanation; the reviewer sees
 * the outcome and may appeal it once as a misjudgement; a supervisor of the department upholds the
 * appeal (the record opens again with a new deadline) or dismisses it (the record closes).
 */
public record Rectification(
        UUID id,
        UUID evaluationId,
        String trackingNumber,
        String itemCode,
        String departmentCode,
        String regionCode,
        RectificationStatus status,
        LocalDate dueOn,
        Boolean substantiated,
        String verificationNote,
        String verifiedBy,
        Instant verifiedAt,
        Outcome outcome,
        String outcomeText,
        String completedBy,
        Instant completedAt,
        String appealReason,
        Instant appealedAt,
        AppealDecision appealDecision,
        String appealAnswer,
        String appealAnsweredBy,
        Instant appealAnsweredAt,
        Instant raisedAt) {

    /** What the department did about the review. */
    public enum Outcome {
        RECTIFIED, EXPLAINED
    }

    /** A supervisor's answer to an appeal. */
    public enum AppealDecision {
        UPHELD, DISMISSED
    }

    static Changed raise(Evaluation evaluation, RectificationDeadline deadline, Instant at) {
        var r = new Rectification(UUID.randomUUID(), evaluation.id(), evaluation.trackingNumber(), evaluation.itemCode(),
                evaluation.departmentCode(), evaluation.regionCode(), RectificationStatus.OPEN, deadline.dueOn(at), null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, at);
        return new Changed(r, new BadReviewRaised(evaluation.id().toString(), r.id.toString(), r.trackingNumber,
                r.itemCode, evaluation.level().name(), r.dueOn, r.regionCode, r.departmentCode, evaluation.channel(), at));
    }

    /** Whether the department is past its deadline without having recorded the rectification. */
    public boolean overdue(LocalDate today) {
        return (status == RectificationStatus.OPEN || status == RectificationStatus.VERIFIED) && today.isAfter(dueOn);
    }

    public Rectification verify(boolean isSubstantiated, String note, String by, Instant at) {
        require(RectificationStatus.OPEN, "verify");
        return new Rectification(id, evaluationId, trackingNumber, itemCode, departmentCode, regionCode,
                RectificationStatus.VERIFIED, dueOn, isSubstantiated, note, by, at, outcome, outcomeText, completedBy,
                completedAt, appealReason, appealedAt, appealDecision, appealAnswer, appealAnsweredBy, appealAnsweredAt,
                raisedAt);
    }

    public Changed complete(Outcome result, String text, String by, String channel, Instant at) {
        require(RectificationStatus.VERIFIED, "record the rectification or explanation of");
        boolean onTime = !RectificationDeadline.today(at).isAfter(dueOn);
        var next = new Rectification(id, evaluationId, trackingNumber, itemCode, departmentCode, regionCode,
                RectificationStatus.COMPLETED, dueOn, substantiated, verificationNote, verifiedBy, verifiedAt, result,
                text, by, at, appealReason, appealedAt, appealDecision, appealAnswer, appealAnsweredBy, appealAnsweredAt,
                raisedAt);
        return new Changed(next, new RectificationCompleted(evaluationId.toString(), id.toString(), trackingNumber,
                itemCode, Boolean.TRUE.equals(substantiated), result.name(), onTime, by, regionCode, departmentCode,
                channel, at));
    }

    public Changed appeal(String reason, String reviewerId, String channel, Instant at) {
        if (appealedAt != null) {
            throw new StateConflict("A misjudgement can be appealed only once", Map.of("rectificationStatus", status.name()));
        }
        require(RectificationStatus.COMPLETED, "appeal");
        var next = new Rectification(id, evaluationId, trackingNumber, itemCode, departmentCode, regionCode,
                RectificationStatus.APPEALED, dueOn, substantiated, verificationNote, verifiedBy, verifiedAt, outcome,
                outcomeText, completedBy, completedAt, reason, at, null, null, null, null, raisedAt);
        return new Changed(next, new EvaluationAppealed(evaluationId.toString(), id.toString(), trackingNumber,
                reviewerId, regionCode, departmentCode, channel, at));
    }

    public Changed answerAppeal(AppealDecision decision, String answer, String by, RectificationDeadline deadline,
                                String channel, Instant at) {
        require(RectificationStatus.APPEALED, "answer the appeal of");
        boolean upheld = decision == AppealDecision.UPHELD;
        LocalDate nextDue = upheld ? deadline.dueOn(at) : dueOn;
        var next = new Rectification(id, evaluationId, trackingNumber, itemCode, departmentCode, regionCode,
                upheld ? RectificationStatus.OPEN : RectificationStatus.CLOSED, nextDue, substantiated, verificationNote,
                verifiedBy, verifiedAt, outcome, outcomeText, completedBy, completedAt, appealReason, appealedAt,
                decision, answer, by, at, raisedAt);
        return new Changed(next, new AppealAnswered(evaluationId.toString(), id.toString(), trackingNumber,
                decision.name(), upheld ? nextDue : null, by, regionCode, departmentCode, channel, at));
    }

    private void require(RectificationStatus expected, String action) {
        if (status != expected) {
            throw new StateConflict("Cannot " + action + " a rectification that is " + status,
                    Map.of("rectificationStatus", status.name()));
        }
    }

    /** A rectification after a step, and the event that tells of it. */
    public record Changed(Rectification rectification, EvaluationEvent event) {
    }
}
