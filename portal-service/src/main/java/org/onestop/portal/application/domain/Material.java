package org.onestop.portal.application.domain;

import java.time.Instant;
import java.util.UUID;
import org.onestop.contracts.portal.SubmittedMaterial;

/**
 * A material of a draft or an application: an uploaded file (its bytes kept apart) or a reference
 * to one of the applicant's e-certificates.
 *
 * @param parentId    the draft's or application's id (a draft keeps its id when submitted)
 * @param submittedIn null while pending; SUBMISSION or CORRECTION-n once handed in
 */
public record Material(UUID id, UUID parentId, String ownerId, String name, String certificateType,
                       String certificateNumber, String fileName, String contentType, long sizeBytes, String sha256,
                       String submittedIn, Instant addedAt) {

    /** The step that hands in a draft's materials. */
    public static final String SUBMISSION = "SUBMISSION";

    /** The step that hands in the materials of the n-th answered correction request. */
    public static String correction(int round) {
        return "CORRECTION-" + round;
    }

    public boolean byCertificate() {
        return certificateNumber != null;
    }

    public SubmittedMaterial toSubmitted() {
        return new SubmittedMaterial(name, certificateType, certificateNumber, byCertificate() ? null : id.toString(),
                fileName, contentType, sizeBytes, sha256);
    }
}
