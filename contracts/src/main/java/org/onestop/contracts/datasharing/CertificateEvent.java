package org.onestop.contracts.datasharing;

import org.onestop.contracts.DomainEvent;

/** Events of an e-certificate on {@code data-sharing.certificate.v1}, keyed by the certificate number. */
public sealed interface CertificateEvent extends DomainEvent permits CertificateIssued, CertificateRevoked {

    String number();

    @Override
    default String aggregateId() {
        return number();
    }

    @Override
    default String subject() {
        return number();
    }
}
