package org.onestop.contracts.datasharing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A department issued an e-certificate: the holder's portal lists it, and the case it came from
 * (if any) learns its number. The holder is named by account id and display name only.
 */
public record CertificateIssued(
        String number,
        String certificateType,
        String holderId,
        String holderName,
        String trustLevel,
        LocalDate validFrom,
        LocalDate validUntil,
        String sourceCaseId,
        String regionCode,
        String departmentCode,
        String channel,
        Instant issuedAt) implements CertificateEvent {

    public static final String TYPE = "data-sharing.certificate.issued.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
