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
import org.onestop.portal.application.domain.ApplicationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Moves each application along as processing reports on its case, and writes the timeline. */
@Component
class CaseProgressListener {

    private static final Logger log = LoggerFactory.getLogger(CaseProgressListener.class);

    private final InboundEvents inbound;
    private final ApplicationRepository applications;
    private final Clock clock = Clock.systemUTC();

    CaseProgressListener(InboundEvents inbound, ApplicationRepository applications) {
        this.inbound = inbound;
        this.applications = applications;
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
        if (applications.find(applicationId).isEmpty()) {
            log.warn("Case {} names an application this portal does not have: {}", event.caseId(), applicationId);
            return;
        }
        if (event instanceof CaseReceived received) {
            move(applicationId, ApplicationStatus.SUBMITTED, received.caseId(), "部门已收件 received by the department",
                    received.receivedAt());
        } else if (event instanceof CaseAccepted accepted) {
            move(applicationId, ApplicationStatus.ACCEPTED, accepted.caseId(),
                    "已受理 accepted" + (accepted.opinion() == null ? "" : ": " + accepted.opinion()),
                    accepted.acceptedAt());
        } else if (event instanceof CaseNotAccepted refused) {
            move(applicationId, ApplicationStatus.NOT_ACCEPTED, refused.caseId(), "不予受理 not accepted: " + refused.reason(),
                    refused.decidedAt());
        } else if (event instanceof CorrectionRequested requested) {
            applications.countCorrectionRequest(applicationId);
            applications.updateStatus(applicationId, ApplicationStatus.CORRECTION_REQUESTED, requested.caseId(),
                    clock.instant());
            applications.addProgress(applicationId, ApplicationStatus.CORRECTION_REQUESTED,
                    "请补正 please supply: " + String.join("; ", requested.missingItems())
                            + (requested.opinion() == null ? "" : " (" + requested.opinion() + ")"),
                    requested.missingItems(), requested.requestedAt());
        } else if (event instanceof CorrectionAnswered answered) {
            move(applicationId, ApplicationStatus.valueOf(answered.resumedState()), answered.caseId(),
                    "补正已收到 correction received", answered.answeredAt());
        } else if (event instanceof CaseReviewed reviewed) {
            move(applicationId, ApplicationStatus.UNDER_REVIEW, reviewed.caseId(), "审查中 under review",
                    reviewed.reviewedAt());
        } else if (event instanceof CaseSuspended suspended) {
            move(applicationId, ApplicationStatus.SUSPENDED, suspended.caseId(), "中止 suspended: " + suspended.reason(),
                    suspended.suspendedAt());
        } else if (event instanceof CaseResumed resumed) {
            move(applicationId, ApplicationStatus.valueOf(resumed.resumedState()), resumed.caseId(), "恢复办理 resumed",
                    resumed.resumedAt());
        } else if (event instanceof CaseConcluded concluded) {
            move(applicationId, ApplicationStatus.CONCLUDED, concluded.caseId(), ("APPROVED".equals(concluded.outcome())
                    ? "办结：准予 approved" : "办结：不予 denied: " + concluded.reasons()), concluded.concludedAt());
        } else if (event instanceof CaseDelivered delivered) {
            move(applicationId, ApplicationStatus.DELIVERED, delivered.caseId(), "已送达 delivered (" + delivered.method() + ")",
                    delivered.deliveredAt());
        } else if (event instanceof CaseWithdrawn withdrawn) {
            move(applicationId, ApplicationStatus.WITHDRAWN, withdrawn.caseId(), "已撤回 withdrawn", withdrawn.withdrawnAt());
        }
    }

    private void move(UUID applicationId, ApplicationStatus status, String caseId, String note, Instant at) {
        applications.updateStatus(applicationId, status, caseId, clock.instant());
        applications.addProgress(applicationId, status, note, at);
    }
}
