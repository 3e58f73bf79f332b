package org.onestop.processing.cases;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onestop.contracts.Topics;
import org.onestop.contracts.portal.ApplicationCorrected;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.contracts.portal.ApplicationWithdrawn;
import org.onestop.platform.messaging.InboundEvents;
import org.onestop.processing.cases.domain.CaseFile;
import org.onestop.processing.materials.MaterialVerification;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every submitted application becomes exactly one case, however often its event arrives; the
 * applicant's correction answers and withdrawals reported by the portal act on it as the applicant
 * would. One listener for the whole topic, so that an application's events are handled in the
 * order they were published. Certificate references that came with the event are checked with the
 * registry once the case is committed (a registry that is down delays the check, never the intake).
 */
@Component
class ApplicationIntakeListener {

    private final InboundEvents inbound;
    private final CaseHandling cases;
    private final MaterialVerification verification;

    ApplicationIntakeListener(InboundEvents inbound, CaseHandling cases, MaterialVerification verification) {
        this.inbound = inbound;
        this.cases = cases;
        this.verification = verification;
    }

    @KafkaListener(id = "processing-intake", topics = Topics.APPLICATION)
    void on(ConsumerRecord<String, String> record) {
        AtomicReference<Optional<CaseFile>> withMaterials = new AtomicReference<>(Optional.empty());
        inbound.handleOnce("processing.intake", record, message -> {
            if (message.event() instanceof ApplicationSubmitted submitted) {
                withMaterials.set(cases.open(submitted));
            } else if (message.event() instanceof ApplicationCorrected corrected) {
                withMaterials.set(cases.answerCorrection(corrected));
            } else if (message.event() instanceof ApplicationWithdrawn withdrawn) {
                cases.withdraw(withdrawn);
            }
        });
        withMaterials.get().ifPresent(file -> verification.checkNewCase(file.id(), file.applicantId()));
    }
}
