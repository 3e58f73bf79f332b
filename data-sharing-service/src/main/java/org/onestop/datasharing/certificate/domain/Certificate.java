package org.onestop.datasharing.certificate.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.onestop.platform.identifiers.IdentityNumber;
import org.onestop.platform.identifiers.Masked;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.StateConflict;
import org.onestop.platform.rules.NotPermitted;

/**
 * An e-certificate (电子证照). Its signed content is {@link #signedClaims()}: the signature stays
 * valid only while none of those fields changes.
 */
public record Certificate(String number, String type, String holderId, String holderName, String issuerDepartment,
                          TrustLevel trustLevel, LocalDate validFrom, LocalDate validUntil, Map<String, Object> data,
                          Instant issuedAt, String sourceCaseId, String signature, Instant revokedAt,
                          String revokedBy, String revocationReason) {

    /** A GB 11643 identity number or the older 15-digit form, valid or not: never shown whole. */
    private static final Pattern IDENTITY_NUMBER_LIKE = Pattern.compile("\\d{17}[\\dX]|\\d{15}");

    public Certificate {
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    /** A new, not yet signed certificate; checked for a sensible validity period. */
    public static Certificate issue(String number, String type, String holderId, String holderName,
                                    String issuerDepartment, TrustLevel trustLevel, LocalDate validFrom,
                                    LocalDate validUntil, Map<String, Object> data, String sourceCaseId, Instant now) {
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new RuleViolation("validUntil", "must not be before validFrom");
        }
        return new Certificate(number, type, holderId, holderName, issuerDepartment, trustLevel, validFrom, validUntil,
                data, now, sourceCaseId, null, null, null, null);
    }

    /** What the issuer's signature covers, in a stable order. */
    public Map<String, Object> signedClaims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("number", number);
        claims.put("type", type);
        claims.put("holderId", holderId);
        claims.put("holderName", holderName);
        claims.put("issuer", issuerDepartment);
        claims.put("trustLevel", trustLevel.name());
        claims.put("validFrom", validFrom.toString());
        claims.put("validUntil", validUntil == null ? null : validUntil.toString());
        claims.put("data", new TreeMap<>(data));
        return claims;
    }

    public Certificate signedWith(String jws) {
        return new Certificate(number, type, holderId, holderName, issuerDepartment, trustLevel, validFrom, validUntil,
                data, issuedAt, sourceCaseId, jws, revokedAt, revokedBy, revocationReason);
    }

    /** Revokes the certificate; only its issuer may, and only once. */
    public Certificate revoke(String department, String by, String reason, Instant now) {
        if (!issuerDepartment.equals(department)) {
            throw new NotPermitted("Only the issuing department revokes a certificate");
        }
        if (revokedAt != null) {
            throw new StateConflict("Certificate " + number + " was revoked already");
        }
        return new Certificate(number, type, holderId, holderName, issuerDepartment, trustLevel, validFrom, validUntil,
                data, issuedAt, sourceCaseId, signature, now, by, reason);
    }

    /**
     * The verdict on this certificate, given whether its signature checked out against its
     * current content; the first failing check is the reason.
     */
    public Verdict verdict(boolean signatureMatchesContent, LocalDate today) {
        if (!signatureMatchesContent) {
            return verdict(false, "TAMPERED", "The content does not match the issuer's signature");
        }
        if (revokedAt != null) {
            return verdict(false, "REVOKED", "Revoked by the issuer: " + revocationReason);
        }
        if (today.isBefore(validFrom)) {
            return verdict(false, "NOT_YET_VALID", "Valid from " + validFrom);
        }
        if (validUntil != null && today.isAfter(validUntil)) {
            return verdict(false, "EXPIRED", "Expired on " + validUntil);
        }
        return verdict(true, "VALID", "Signed by " + issuerDepartment + ", trust level " + trustLevel);
    }

    private Verdict verdict(boolean valid, String status, String reason) {
        return new Verdict(valid, status, reason, holderIdAsShown());
    }

    /**
     * The holder's id as a verifier sees it: whole (an account id), except an identity number,
     * which is masked as everywhere on the platform (first 6 and last 4).
     */
    public String holderIdAsShown() {
        String number = IdentityNumber.normalized(holderId);
        return IDENTITY_NUMBER_LIKE.matcher(number).matches() ? Masked.identifier(number) : holderId;
    }

    /**
     * What a verifier learns: the verdict, and whom the certificate was issued to, so that it can
     * tell whether the person presenting it is its holder.
     *
     * @param holderId see {@link #holderIdAsShown()}
     */
    public record Verdict(boolean valid, String status, String reason, String holderId) {
    }
}
