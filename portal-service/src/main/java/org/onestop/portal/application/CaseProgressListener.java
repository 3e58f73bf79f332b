package org.onestop.portal.application;

import java.time.Clock;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onestop.contracts.Topics;
import org.onestop.contracts.processing.CaseEvent;
import org.onestop.platform.messaging.InboundEvents;
import org.onestop.portal.application.domain.Application;
import org.onestop.portal.application.domain.CaseProgress;
import org.onestop.portal.notification.Notifications;
import org.onestop.portal.notification.domain.Notification.Notice;
import org.onestop.portal.notification.domain.NotificationKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Moves each application along as processing reports on its case ({@link CaseProgress} says what each step means),
 * writes the timeline and tells the applicant in their notifications inbox, all in the transaction that records
 * the event.
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
        CaseProgress.of(event, application.status()).ifPresent(step -> record(application, step));
    }

    private void record(Application application, CaseProgress step) {
        if (step.unknownCaseState() != null) {
            log.warn("Case {} reports a state this portal does not know ({}); application {} stays {}", step.caseId(),
                    step.unknownCaseState(), application.id(), application.status());
        }
        if (step.correctionRequested()) {
            applications.countCorrectionRequest(application.id());
        }
        applications.updateStatus(application.id(), step.status(), step.caseId(), clock.instant());
        applications.addProgress(application.id(), step.status(), step.note(), step.missingItems(), step.at());
        notifications.send(new Notice(application.applicantId(),
                step.correctionRequested() ? NotificationKind.CORRECTION_REQUESTED : NotificationKind.STATUS_CHANGED,
                step.noticeTitle(), step.noticeText(application.itemName(), application.trackingNumber()),
                application.trackingNumber(), application.regionCode(), application.departmentCode()));
    }
}
