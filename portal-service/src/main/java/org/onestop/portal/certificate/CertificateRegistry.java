package org.onestop.portal.certificate;

import java.util.Optional;
import org.onestop.contracts.datasharing.CertificateIssued;
import org.onestop.contracts.datasharing.CertificateRevoked;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.stereotype.Service;

/** The e-certificates portal accounts hold, kept from data sharing's announcements. */
@Service
public class CertificateRegistry {

    private final CertificateRepository certificates;

    CertificateRegistry(CertificateRepository certificates) {
        this.certificates = certificates;
    }

    /** The certificate with this number, whoever holds it; callers check the holder. */
    public Optional<HeldCertificate> find(String number) {
        return certificates.find(number);
    }

    PageResponse<HeldCertificate> heldBy(String holderId, PageRequest page) {
        return PageResponse.of(certificates.pageOf(holderId, page), page, certificates.countOf(holderId));
    }

    void record(CertificateIssued issued) {
        certificates.issued(issued);
    }

    void record(CertificateRevoked revoked) {
        certificates.revoked(revoked);
    }
}
