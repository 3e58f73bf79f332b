package org.onestop.processing.materials.domain;

import org.onestop.platform.identifiers.IdentityNumber;
import org.onestop.platform.identifiers.Masked;

/**
 * What the certificate registry said about one certificate number, or that it could not be asked.
 *
 * @param reached  whether the registry answered at all; false means try again later
 * @param known    whether the registry knows the number (false: 404)
 * @param valid    the registry's verdict
 * @param status   VALID, TAMPERED, REVOKED, EXPIRED or NOT_YET_VALID (null when not known or not reached)
 * @param reason   the registry's reason, or why it could not be reached
 * @param holderId the certificate's holder as the registry names it: the holder's account id, or an identity
 *                 number masked (first 6 and last 4); null from a registry that does not name holders
 */
public record RegistryAnswer(boolean reached, boolean known, boolean valid, String status, String reason,
                             String holderId) {

    public static RegistryAnswer unreachable(String why) {
        return new RegistryAnswer(false, false, false, null, why, null);
    }

    public static RegistryAnswer unknown() {
        return new RegistryAnswer(true, false, false, null, "The registry knows no such certificate", null);
    }

    public static RegistryAnswer verdict(boolean valid, String status, String reason, String holderId) {
        return new RegistryAnswer(true, true, valid, status, reason, holderId);
    }

    /** The material's standing given this answer, for a case of {@code applicantId}. */
    public Outcome judge(String applicantId) {
        if (!reached) {
            return new Outcome(Verification.UNVERIFIED, "Registry not reached: " + reason);
        }
        if (!known) {
            return new Outcome(Verification.REJECTED, reason);
        }
        if (!valid) {
            return new Outcome(Verification.REJECTED, status + ": " + reason);
        }
        if (holderId != null && !heldBy(applicantId)) {
            return new Outcome(Verification.REJECTED, "The certificate is not the applicant's");
        }
        return new Outcome(Verification.VERIFIED, status + ": " + reason);
    }

    /**
     * Whether the named holder is the applicant: the same id, or, when the registry masked an
     * identity number, the applicant's id masked the same way.
     */
    private boolean heldBy(String applicantId) {
        if (applicantId == null) {
            return false;
        }
        if (holderId.equals(applicantId)) {
            return true;
        }
        return holderId.indexOf('*') >= 0 && holderId.equals(Masked.identifier(IdentityNumber.normalized(applicantId)));
    }

    public record Outcome(Verification verification, String reason) {
    }
}
