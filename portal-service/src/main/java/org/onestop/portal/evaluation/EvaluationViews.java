package org.onestop.portal.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import org.onestop.portal.evaluation.domain.Dimensions;
import org.onestop.portal.evaluation.domain.Evaluation;
import org.onestop.portal.evaluation.domain.Rectification;

/** How evaluations and rectification records look on the wire; no staff names, no reviewer beyond the department's need. */
final class EvaluationViews {

    record EvaluationView(String id, String applicationId, String trackingNumber, String itemCode, String itemName,
                          String departmentCode, String level, boolean bad, Dimensions dimensions, String comment,
                          String channel, Instant submittedAt, RectificationView rectification) {

        static EvaluationView of(Evaluation e, Rectification r, LocalDate today) {
            return new EvaluationView(e.id().toString(), e.applicationId().toString(), e.trackingNumber(), e.itemCode(),
                    e.itemName(), e.departmentCode(), e.level().name(), e.level().bad(), e.dimensions(), e.comment(),
                    e.channel(), e.submittedAt(), r == null ? null : RectificationView.of(r, null, today));
        }

        static EvaluationView of(Evaluations.Reviewed reviewed, LocalDate today) {
            return of(reviewed.evaluation(), reviewed.rectification().orElse(null), today);
        }
    }

    /** A rectification record; {@code evaluation} is filled in for the department's staff only. */
    record RectificationView(String id, String evaluationId, String trackingNumber, String itemCode,
                             String departmentCode, String status, LocalDate dueOn, boolean overdue,
                             Boolean substantiated, String verificationNote, Instant verifiedAt, String outcome,
                             String outcomeText, Instant completedAt, String appealReason, Instant appealedAt,
                             String appealDecision, String appealAnswer, Instant appealAnsweredAt, Instant raisedAt,
                             EvaluationView evaluation) {

        static RectificationView of(Rectification r, Evaluation evaluation, LocalDate today) {
            return new RectificationView(r.id().toString(), r.evaluationId().toString(), r.trackingNumber(),
                    r.itemCode(), r.departmentCode(), r.status().name(), r.dueOn(), r.overdue(today), r.substantiated(),
                    r.verificationNote(), r.verifiedAt(), r.outcome() == null ? null : r.outcome().name(),
                    r.outcomeText(), r.completedAt(), r.appealReason(), r.appealedAt(),
                    r.appealDecision() == null ? null : r.appealDecision().name(), r.appealAnswer(),
                    r.appealAnsweredAt(), r.raisedAt(),
                    evaluation == null ? null : EvaluationView.of(evaluation, null, today));
        }

        static RectificationView of(Rectifications.Handled handled, LocalDate today) {
            return of(handled.rectification(), handled.evaluation(), today);
        }
    }

    private EvaluationViews() {
    }
}
