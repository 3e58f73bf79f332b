package org.onestop.portal.calendar;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onestop.contracts.Topics;
import org.onestop.contracts.processing.WorkingDaysPublished;
import org.onestop.platform.messaging.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the portal's working days in step with the calendar the processing service publishes. */
@Component
class WorkingDaysFeedListener {

    private final InboundEvents inbound;
    private final WorkingDays workingDays;

    WorkingDaysFeedListener(InboundEvents inbound, WorkingDays workingDays) {
        this.inbound = inbound;
        this.workingDays = workingDays;
    }

    @KafkaListener(id = "portal-working-days", topics = Topics.CALENDAR)
    void on(ConsumerRecord<String, String> record) {
        inbound.handleOnce("portal.working-days", record, message -> {
            if (message.event() instanceof WorkingDaysPublished published) {
                workingDays.replace(published);
            }
        });
    }
}
