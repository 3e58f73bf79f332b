package org.onestop.processing.materials.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A material of a case: an upload the portal holds (named by its file id, with its SHA-256), or a
 * reference to one of the applicant's e-certificates, which the registry must confirm so that the
 * applicant needs no upload (the "three never needs").
 *
 * @param correctionRound 0 when it came with the application, n with the answer to the n-th correction request
 * @param checkedAt       when the registry was last asked (or could not be reached)
 * @param nextCheckAt     when an unanswered certificate reference is due to be asked (again); null once answered
 */
public record Material(UUID id, UUID caseId, int correctionRound, int position, String name, String certificateType,
                       String certificateNumber, String fileId, String fileName, String contentType, long sizeBytes,
                       String sha256, Verification verification, String verificationReason, Instant checkedAt,
                       int checkAttempts, Instant nextCheckAt) {

    public boolean byCertificate() {
        return certificateNumber != null;
    }

    /** Whether the registry still has to answer for this material. */
    public boolean awaitsRegistry() {
        return verification == Verification.PENDING || verification == Verification.UNVERIFIED;
    }
}
