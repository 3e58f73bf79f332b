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
 * once per case (trust level A), of the certificate type the item's guide names for its result, so
 * that it can stand in for the materials of other items that ask for that type.
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
                registry.issue(concluded.departmentCode(), concluded.concludedBy(), certificateTypeOf(concluded),
                        concluded.applicantId(), concluded.applicantName(), TrustLevel.A, null, null,
                        Map.of("itemCode", concluded.itemCode(), "itemVersion", concluded.itemVersion(),
                                "trackingNumber", concluded.trackingNumber()),
                        concluded.caseId());
            }
        });
    }

    /**
     * The certificate type the guide names for the result (e.g. BUSINESS_LICENSE, the code materials use in
     * {@code certificateType}), else the result's name (e.g. 食品经营许可证), else the item's name; from the version
     * the case was decided under when the event log holds it, else the latest published version.
     */
    private String certificateTypeOf(CaseConcluded concluded) {
        return jdbc.sql("""
                select coalesce(nullif(payload->'guide'->>'resultCertificateType', ''),
                                nullif(payload->'guide'->>'resultName', ''))
                from event_log
                where topic = ? and subject = ? and event_type = 'management.service-item.published.v1'
                order by (payload->>'version' = ?) desc, occurred_at desc limit 1""")
                .params(Topics.SERVICE_ITEM, concluded.itemCode(), String.valueOf(concluded.itemVersion()))
                .query(String.class).list().stream()
                .filter(type -> type != null && !type.isBlank())
                .findFirst()
                .orElse(concluded.itemName());
    }
}
