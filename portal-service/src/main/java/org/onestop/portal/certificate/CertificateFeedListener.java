package org.onestop.portal.certificate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onestop.contracts.Topics;
import org.onestop.contracts.datasharing.CertificateIssued;
import org.onestop.contracts.datasharing.CertificateRevoked;
import org.onestop.platform.messaging.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the holders' e-certificates in step with what data sharing issues and revokes. */
@Component
class CertificateFeedListener {

    private final InboundEvents inbound;
    private final CertificateRegistry registry;

    CertificateFeedListener(InboundEvents inbound, CertificateRegistry registry) {
        this.inbound = inbound;
        this.registry = registry;
    }

    @KafkaListener(id = "portal-certificates", topics = Topics.CERTIFICATE)
    void on(ConsumerRecord<String, String> record) {
        inbound.handleOnce("portal.certificates", record, message -> {
            if (message.event() instanceof CertificateIssued issued) {
                registry.record(issued);
            } else if (message.event() instanceof CertificateRevoked revoked) {
                registry.record(revoked);
            }
        });
    }
}
