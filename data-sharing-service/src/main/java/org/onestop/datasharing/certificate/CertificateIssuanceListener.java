package org.onestop.datasharing.certificate;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onestop.contracts.Topics;
import org.onestop.contracts.processing.CaseConcluded;
import org.onestop.datasharing.certificate.domain.TrustLevel;
import org.onestop.platform.messaging.InboundEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * An approved case is the issuing department's request for the result's e-certificate: issued
 * once per case (trust level A), named after the item's result as the catalog last published it.
 */
@Component
class CertificateIssuanceListener {

    private final InboundEvents inbound;
    private final CertificateRegistry registry;
    private final JdbcClient jdbc;

    CertificateIssuanceListener(InboundEvents inbound, CertificateRegistry registry, JdbcClient jdbc) {
        this.inbound = inbound;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    @KafkaListener(id = "data-sharing-certificate-issuance", topics = Topics.CASE)
    void on(ConsumerRecord<String, String> record) {
        inbound.handleOnce("data-sharing.certificate-issuance", record, message -> {
            if (message.event() instanceof CaseConcluded concluded && "APPROVED".equals(concluded.outcome())
                    && !registry.issuedFor(concluded.caseId())) {
                registry.issue(concluded.departmentCode(), concluded.concludedBy(), resultNameOf(concluded),
                        concluded.applicantId(), concluded.applicantName(), TrustLevel.A, null, null,
                        Map.of("itemCode", concluded.itemCode(), "itemVersion", concluded.itemVersion(),
                                "trackingNumber", concluded.trackingNumber()),
                        concluded.caseId());
            }
        });
    }

    /** The result the item's guide names (e.g. 食品经营许可证), or the item's own name. */
    private String resultNameOf(CaseConcluded concluded) {
        return jdbc.sql("""
                select payload->'guide'->>'resultName' from event_log
                where topic = ? and subject = ? and event_type = 'management.service-item.published.v1'
                order by occurred_at desc limit 1""")
                .params(Topics.SERVICE_ITEM, concluded.itemCode())
                .query(String.class).list().stream()
                .filter(name -> name != null && !name.isBlank())
                .findFirst()
                .orElse(concluded.itemName());
    }
}
