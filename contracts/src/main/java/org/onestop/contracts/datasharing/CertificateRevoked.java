package org.onestop.contracts.datasharing;

import java.time.Instant;

/** The issuer revoked an e-certificate; it no longer stands in for a material. */
public record CertificateRevoked(
        String number,
        String holderId,
        String reason,
        String regionCode,
        String departmentCode,
        String channel,
        Instant revokedAt) implements CertificateEvent {

    public static final String TYPE = "data-sharing.certificate.revoked.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
