package org.onestop.portal.catalog;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onestop.contracts.Topics;
import org.onestop.contracts.management.ServiceItemPublished;
import org.onestop.contracts.management.ServiceItemSuperseded;
import org.onestop.contracts.management.ServiceItemWithdrawn;
import org.onestop.platform.messaging.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the public catalog in step with what management publishes, supersedes and withdraws. */
@Component
class CatalogFeedListener {

    private final InboundEvents inbound;
    private final PublicCatalog catalog;

    CatalogFeedListener(InboundEvents inbound, PublicCatalog catalog) {
        this.inbound = inbound;
        this.catalog = catalog;
    }

    @KafkaListener(id = "portal-catalog", topics = Topics.SERVICE_ITEM)
    void on(ConsumerRecord<String, String> record) {
        inbound.handleOnce("portal.catalog", record, message -> {
            if (message.event() instanceof ServiceItemPublished published) {
                catalog.record(published);
            } else if (message.event() instanceof ServiceItemSuperseded superseded) {
                catalog.record(superseded);
            } else if (message.event() instanceof ServiceItemWithdrawn withdrawn) {
                catalog.record(withdrawn);
            }
        });
    }
}
