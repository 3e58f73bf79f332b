package org.onestop.contracts.processing;

import org.onestop.contracts.DomainEvent;

/** Events of a case (办件) on {@code processing.case.v1}. */
public sealed interface CaseEvent extends DomainEvent permits CaseReceived, CaseAccepted, CaseNotAccepted,
        CorrectionRequested, CorrectionAnswered, CaseReviewed, CaseSuspended, CaseResumed, CaseConcluded, CaseDelivered,
        CaseWithdrawn, CaseAssigned, DeadlineWarning, CaseOverdue {

    String caseId();

    String applicationId();

    String trackingNumber();

    @Override
    default String aggregateId() {
        return caseId();
    }

    @Override
    default String subject() {
        return trackingNumber();
    }
}
