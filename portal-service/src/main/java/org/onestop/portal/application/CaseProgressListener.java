package org.onestop.portal.application;

import java.time.Clock;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onestop.contracts.Topics;
import org.onestop.contracts.processing.CaseAccepted;
import org.onestop.contracts.processing.CaseEvent;
import org.onestop.contracts.processing.CaseReceived;
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
            applications.updateStatus(applicationId, ApplicationStatus.SUBMITTED, received.caseId(), clock.instant());
            applications.addProgress(applicationId, ApplicationStatus.SUBMITTED, "部门已收件 received by the department",
                    received.receivedAt());
        } else if (event instanceof CaseAccepted accepted) {
            applications.updateStatus(applicationId, ApplicationStatus.ACCEPTED, accepted.caseId(), clock.instant());
            applications.addProgress(applicationId, ApplicationStatus.ACCEPTED,
                    "已受理 accepted" + (accepted.opinion() == null ? "" : ": " + accepted.opinion()),
                    accepted.acceptedAt());
        }
    }
}
