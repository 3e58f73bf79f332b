package org.onestop.portal.certificate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onestop.contracts.Topics;
import org.onestop.contracts.datasharing.CertificateIssued;
import org.onestop.contracts.datasharing.CertificateRevoked;
import org.onestop.platform.messaging.InboundEvents;
import org.onestop.portal.notification.Notifications;
import org.onestop.portal.notification.domain.Notification.Notice;
import org.onestop.portal.notification.domain.NotificationKind;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the holders' e-certificates in step with what data sharing issues and revokes, and tells the holder. */
@Component
class CertificateFeedListener {

    private final InboundEvents inbound;
    private final CertificateRegistry registry;
    private final Notifications notifications;

    CertificateFeedListener(InboundEvents inbound, CertificateRegistry registry, Notifications notifications) {
        this.inbound = inbound;
        this.registry = registry;
        this.notifications = notifications;
    }

    @KafkaListener(id = "portal-certificates", topics = Topics.CERTIFICATE)
    void on(ConsumerRecord<String, String> record) {
        inbound.handleOnce("portal.certificates", record, message -> {
            if (message.event() instanceof CertificateIssued issued) {
                registry.record(issued);
                notifications.send(new Notice(issued.holderId(), NotificationKind.CERTIFICATE_ISSUED,
                        "电子证照已签发 E-certificate issued", "您的电子证照（" + issued.certificateType() + "，编号 "
                                + issued.number() + "）已签发，可在“我的证照”中查看，办事时可直接使用，无需再提交纸质证明。Your e-certificate ("
                                + issued.certificateType() + ", number " + issued.number() + ") is issued: it is in My"
                                + " certificates, and you can use it when you apply instead of a paper copy.",
                        issued.number(), issued.regionCode(), issued.departmentCode()));
            } else if (message.event() instanceof CertificateRevoked revoked) {
                registry.record(revoked);
                notifications.send(new Notice(revoked.holderId(), NotificationKind.CERTIFICATE_REVOKED,
                        "电子证照已注销 E-certificate revoked", "您的电子证照（编号 " + revoked.number() + "）已注销"
                                + (revoked.reason() == null ? "" : "：" + revoked.reason()) + "，不能再用于办事。Your e-certificate (number "
                                + revoked.number() + ") is revoked" + (revoked.reason() == null ? "" : ": " + revoked.reason())
                                + "; it can no longer be used.",
                        revoked.number(), revoked.regionCode(), revoked.departmentCode()));
            }
        });
    }
}
