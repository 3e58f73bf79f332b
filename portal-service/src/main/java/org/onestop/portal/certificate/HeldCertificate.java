package org.onestop.portal.certificate;

import java.time.Instant;
import java.time.LocalDate;

/** An e-certificate held by a portal account, as data sharing announced it. */
public record HeldCertificate(String number, String certificateType, String holderId, String holderName,
                              String trustLevel, LocalDate validFrom, LocalDate validUntil, String regionCode,
                              String departmentCode, Instant issuedAt, Instant revokedAt) {

    /** VALID, REVOKED, EXPIRED or NOT_YET_VALID on the given day. */
    public String statusOn(LocalDate day) {
        if (revokedAt != null) {
            return "REVOKED";
        }
        if (validUntil != null && day.isAfter(validUntil)) {
            return "EXPIRED";
        }
        if (validFrom != null && day.isBefore(validFrom)) {
            return "NOT_YET_VALID";
        }
        return "VALID";
    }
}
