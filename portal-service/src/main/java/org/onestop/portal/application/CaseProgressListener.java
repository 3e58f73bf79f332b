package org.onestop.portal.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onestop.contracts.Topics;
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
import org.onestop.platform.messaging.InboundEvents;
import org.onestop.portal.application.domain.Application;
import org.onestop.portal.application.domain.ApplicationStatus;
import org.onestop.portal.notification.Notifications;
import org.onestop.portal.notification.domain.Notification.Notice;
import org.onestop.portal.notification.domain.NotificationKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Moves each application along as processing reports on its case, writes the timeline and tells
 * the applicant in their notifications inbox, all in the transaction that records the event.
 */
@Component
class CaseProgressListener {

    private static final Logger log = LoggerFactory.getLogger(CaseProgressListener.class);

    private final InboundEvents inbound;
    private final ApplicationRepository applications;
    private final Notifications notifications;
    private final Clock clock;

    CaseProgressListener(InboundEvents inbound, ApplicationRepository applications, Notifications notifications, Clock clock) {
        this.clock = clock;
        this.inbound = inbound;
        this.applications = applications;
        this.notifications = notifications;
    }

    @KafkaListener(id = "portal-case-progress", topics = Topics.CASE)
    void on(ConsumerRecord<String, String> record) {
        inbound.handleOnce("portal.case-progress", record, message -> {
            if (message.event() instanceof CaseEvent event) {
                apply(event);
            }
        });
    }

    private void apply(CaseEvent event) {
        UUID applicationId = UUID.fromString(event.applicationId());
        var found = applications.find(applicationId);
        if (found.isEmpty()) {
            log.warn("Case {} names an application this portal does not have: {}", event.caseId(), applicationId);
            return;
        }
        Application application = found.get();
        if (event instanceof CaseReceived received) {
            move(application, ApplicationStatus.SUBMITTED, received.caseId(), "部门已收件 received by the department",
                    received.receivedAt());
        } else if (event instanceof CaseAccepted accepted) {
            move(application, ApplicationStatus.ACCEPTED, accepted.caseId(),
                    "已受理 accepted" + (accepted.opinion() == null ? "" : ": " + accepted.opinion()),
                    accepted.acceptedAt());
        } else if (event instanceof CaseNotAccepted refused) {
            move(application, ApplicationStatus.NOT_ACCEPTED, refused.caseId(), "不予受理 not accepted: " + refused.reason(),
                    refused.decidedAt());
        } else if (event instanceof CorrectionRequested requested) {
            applications.countCorrectionRequest(applicationId);
            applications.updateStatus(applicationId, ApplicationStatus.CORRECTION_REQUESTED, requested.caseId(),
                    clock.instant());
            String note = "请补正 please supply: " + String.join("; ", requested.missingItems())
                    + (requested.opinion() == null ? "" : " (" + requested.opinion() + ")");
            applications.addProgress(applicationId, ApplicationStatus.CORRECTION_REQUESTED, note,
                    requested.missingItems(), requested.requestedAt());
            tell(application, ApplicationStatus.CORRECTION_REQUESTED, note);
        } else if (event instanceof CorrectionAnswered answered) {
            move(application, statusFor(answered.resumedState(), application, answered.caseId()), answered.caseId(),
                    "补正已收到 correction received", answered.answeredAt());
        } else if (event instanceof CaseReviewed reviewed) {
            move(application, ApplicationStatus.UNDER_REVIEW, reviewed.caseId(), "审查中 under review",
                    reviewed.reviewedAt());
        } else if (event instanceof CaseSuspended suspended) {
            move(application, ApplicationStatus.SUSPENDED, suspended.caseId(), "中止 suspended: " + suspended.reason(),
                    suspended.suspendedAt());
        } else if (event instanceof CaseResumed resumed) {
            move(application, statusFor(resumed.resumedState(), application, resumed.caseId()), resumed.caseId(),
                    "恢复办理 resumed",
                    resumed.resumedAt());
        } else if (event instanceof CaseConcluded concluded) {
            move(application, ApplicationStatus.CONCLUDED, concluded.caseId(), ("APPROVED".equals(concluded.outcome())
                    ? "办结：准予 approved" : "办结：不予 denied: " + concluded.reasons()), concluded.concludedAt());
        } else if (event instanceof CaseDelivered delivered) {
            move(application, ApplicationStatus.DELIVERED, delivered.caseId(), "已送达 delivered (" + delivered.method() + ")",
                    delivered.deliveredAt());
        } else if (event instanceof CaseWithdrawn withdrawn) {
            move(application, ApplicationStatus.WITHDRAWN, withdrawn.caseId(), "已撤回 withdrawn", withdrawn.withdrawnAt());
        }
    }

    /** A case state this portal does not know (a newer processing) leaves the application where it is, and says so. */
    private static ApplicationStatus statusFor(String caseState, Application application, String caseId) {
        return ApplicationStatus.ofCaseState(caseState).orElseGet(() -> {
            log.warn("Case {} reports a state this portal does not know ({}); application {} stays {}", caseId, caseState,
                    application.id(), application.status());
            return application.status();
        });
    }

    private void move(Application application, ApplicationStatus status, String caseId, String note, Instant at) {
        applications.updateStatus(application.id(), status, caseId, clock.instant());
        applications.addProgress(application.id(), status, note, at);
        tell(application, status, note);
    }

    /** Puts the step in the applicant's notifications inbox, in the transaction that records the event. */
    private void tell(Application application, ApplicationStatus status, String note) {
        boolean correction = status == ApplicationStatus.CORRECTION_REQUESTED;
        notifications.send(new Notice(application.applicantId(),
                correction ? NotificationKind.CORRECTION_REQUESTED : NotificationKind.STATUS_CHANGED,
                correction ? "请补正材料 Correction requested" : "办件进度 Application update",
                application.itemName() + "（" + application.trackingNumber() + "）：" + note,
                application.trackingNumber(), application.regionCode(), application.departmentCode()));
    }
}
