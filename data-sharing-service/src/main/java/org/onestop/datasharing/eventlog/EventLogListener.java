package org.onestop.datasharing.eventlog;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onestop.platform.messaging.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Records every event of every platform topic, once. */
@Component
class EventLogListener {

    private final InboundEvents inbound;
    private final EventLog log;

    EventLogListener(InboundEvents inbound, EventLog log) {
        this.inbound = inbound;
        this.log = log;
    }

    @KafkaListener(id = "data-sharing-event-log", topics = "#{T(org.onestop.contracts.Topics).ALL}")
    void on(ConsumerRecord<String, String> record) {
        inbound.handleOnce("data-sharing.event-log", record, log::append);
    }
}
