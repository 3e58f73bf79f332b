package org.onestop.contracts.portal;

import org.onestop.contracts.DomainEvent;

/**
 * Events of an evaluation (好差评) and of the rectification a bad review starts, on
 * {@code portal.evaluation.v1}. Keyed by the evaluation's id, looked up by the case's tracking
 * number; the reviewer appears by account id only, and no free text travels.
 */
public sealed interface EvaluationEvent extends DomainEvent
        permits EvaluationSubmitted, BadReviewRaised, RectificationCompleted, EvaluationAppealed, AppealAnswered {

    String evaluationId();

    String trackingNumber();

    @Override
    default String aggregateId() {
        return evaluationId();
    }

    @Override
    default String subject() {
        return trackingNumber();
    }
}
