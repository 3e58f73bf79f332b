package org.onestop.processing.cases;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onestop.contracts.Topics;
import org.onestop.contracts.datasharing.CertificateIssued;
import org.onestop.platform.messaging.InboundEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The certificate an approved case asked for was issued: its number comes back on the case. */
@Component
class CertificateIssuedListener {

    private final InboundEvents inbound;
    private final CaseHandling cases;

    CertificateIssuedListener(InboundEvents inbound, CaseHandling cases) {
        this.inbound = inbound;
        this.cases = cases;
    }

    @KafkaListener(id = "processing-certificates", topics = Topics.CERTIFICATE)
    void on(ConsumerRecord<String, String> record) {
        inbound.handleOnce("processing.certificates", record, message -> {
            if (message.event() instanceof CertificateIssued issued) {
                cases.noteCertificate(issued);
            }
        });
    }
}
