package org.onestop.processing.cases;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onestop.contracts.Topics;
import org.onestop.contracts.portal.ApplicationSubmitted;
import org.onestop.platform.messaging.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Every submitted application becomes exactly one case, however often its event arrives. */
@Component
class ApplicationIntakeListener {

    private final InboundEvents inbound;
    private final CaseHandling cases;

    ApplicationIntakeListener(InboundEvents inbound, CaseHandling cases) {
        this.inbound = inbound;
        this.cases = cases;
    }

    @KafkaListener(id = "processing-intake", topics = Topics.APPLICATION)
    void on(ConsumerRecord<String, String> record) {
        inbound.handleOnce("processing.intake", record, message -> {
            if (message.event() instanceof ApplicationSubmitted submitted) {
                cases.open(submitted);
            }
        });
    }
}
