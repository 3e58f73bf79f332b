package org.onestop.processing.catalog;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.platform.messaging.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the item versions read model up to date from the catalog's publications. */
@Component
class ItemVersionListener {

    private final InboundEvents inbound;
    private final ItemVersions versions;

    ItemVersionListener(InboundEvents inbound, ItemVersions versions) {
        this.inbound = inbound;
        this.versions = versions;
    }

    @KafkaListener(id = "processing-item-versions", topics = Topics.SERVICE_ITEM)
    void on(ConsumerRecord<String, String> record) {
        inbound.handleOnce("processing.item-versions", record, message -> {
            if (message.event() instanceof ServiceItemPublished published) {
                versions.record(published);
            }
        });
    }
}
