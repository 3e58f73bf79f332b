package org.onestop.portal.application.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onestop.contracts.processing.CaseAccepted;
import org.onestop.contracts.processing.CaseConcluded;
import org.onestop.contracts.processing.CaseDelivered;
import org.onestop.contracts.processing.CaseEvent;
import org.onestop.contracts.processing.CaseNotAccepted;
import org.onestop.contracts.processing.CaseReceived;
import org.onestop.contracts.processing.CaseResumed;
import org.onestop.contracts.processing.CaseReviewed;
import org.onestop.contracts.processing.CaseSuspended;
import org.onestop.contracts.processing.CaseWithdrawn;
import org.onestop.contracts.processing.CorrectionAnswered;
import org.onestop.contracts.processing.CorrectionRequested;

/**
 * What a step of processing's case means for the applicant's application: its new status, the note on its
 * timeline (in Chinese with English), what a correction asks for, when it happened, and the applicant's notice.
 *
 * @param missingItems     what a correction request asks for (null for any other step)
 * @param unknownCaseState a case state this portal does not know (a newer processing): the status stays as it was
 */
public record CaseProgress(ApplicationStatus status, String caseId, String note, List<String> missingItems,
                           Instant at, String unknownCaseState) {

    /** The step an event makes, or empty for a case event that moves no application (assignment, deadline warnings). */
    public static Optional<CaseProgress> of(CaseEvent event, ApplicationStatus current) {
        if (event instanceof CaseReceived received) {
            return step(ApplicationStatus.SUBMITTED, received.caseId(), "部门已收件 received by the department",
                    received.receivedAt());
        } else if (event instanceof CaseAccepted accepted) {
            return step(ApplicationStatus.ACCEPTED, accepted.caseId(),
                    "已受理 accepted" + (accepted.opinion() == null ? "" : ": " + accepted.opinion()), accepted.acceptedAt());
        } else if (event instanceof CaseNotAccepted refused) {
            return step(ApplicationStatus.NOT_ACCEPTED, refused.caseId(), "不予受理 not accepted: " + refused.reason(),
                    refused.decidedAt());
        } else if (event instanceof CorrectionRequested requested) {
            String note = "请补正 please supply: " + String.join("; ", requested.missingItems())
                    + (requested.opinion() == null ? "" : " (" + requested.opinion() + ")");
            return Optional.of(new CaseProgress(ApplicationStatus.CORRECTION_REQUESTED, requested.caseId(), note,
                    List.copyOf(requested.missingItems()), requested.requestedAt(), null));
        } else if (event instanceof CorrectionAnswered answered) {
            return back(answered.resumedState(), current, answered.caseId(), "补正已收到 correction received",
                    answered.answeredAt());
        } else if (event instanceof CaseReviewed reviewed) {
            return step(ApplicationStatus.UNDER_REVIEW, reviewed.caseId(), "审查中 under review", reviewed.reviewedAt());
        } else if (event instanceof CaseSuspended suspended) {
            return step(ApplicationStatus.SUSPENDED, suspended.caseId(), "中止 suspended: " + suspended.reason(),
                    suspended.suspendedAt());
        } else if (event instanceof CaseResumed resumed) {
            return back(resumed.resumedState(), current, resumed.caseId(), "恢复办理 resumed", resumed.resumedAt());
        } else if (event instanceof CaseConcluded concluded) {
            return step(ApplicationStatus.CONCLUDED, concluded.caseId(), "APPROVED".equals(concluded.outcome())
                    ? "办结：准予 approved" : "办结：不予 denied: " + concluded.reasons(), concluded.concludedAt());
        } else if (event instanceof CaseDelivered delivered) {
            return step(ApplicationStatus.DELIVERED, delivered.caseId(), "已送达 delivered (" + delivered.method() + ")",
                    delivered.deliveredAt());
        } else if (event instanceof CaseWithdrawn withdrawn) {
            return step(ApplicationStatus.WITHDRAWN, withdrawn.caseId(), "已撤回 withdrawn", withdrawn.withdrawnAt());
        }
        return Optional.empty();
    }

    public boolean correctionRequested() {
        return status == ApplicationStatus.CORRECTION_REQUESTED;
    }

    /** The title of the applicant's notice of this step. */
    public String noticeTitle() {
        return correctionRequested() ? "请补正材料 Correction requested" : "办件进度 Application update";
    }

    /** The text of the applicant's notice: the item, the tracking number and the note. */
    public String noticeText(String itemName, String trackingNumber) {
        return itemName + "（" + trackingNumber + "）：" + note;
    }

    private static Optional<CaseProgress> step(ApplicationStatus status, String caseId, String note, Instant at) {
        return Optional.of(new CaseProgress(status, caseId, note, null, at, null));
    }

    /** Back to the state processing names, or where it was when this portal does not know that state. */
    private static Optional<CaseProgress> back(String caseState, ApplicationStatus current, String caseId, String note,
                                               Instant at) {
        Optional<ApplicationStatus> known = ApplicationStatus.ofCaseState(caseState);
        return Optional.of(new CaseProgress(known.orElse(current), caseId, note, null, at,
                known.isPresent() ? null : caseState));
    }
}
