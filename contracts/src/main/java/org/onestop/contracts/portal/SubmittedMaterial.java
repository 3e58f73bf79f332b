package org.onestop.contracts.portal;

/**
 * A material handed in with an application or a correction: either a file the applicant uploaded
 * to the portal (named by its id, with type, size and SHA-256 checksum) or a reference to one of
 * the applicant's e-certificates, which the processing side verifies with the registry instead.
 *
 * @param name              the material's name as the item's guide lists it
 * @param certificateType   e-certificate type the guide says can supply it, if any
 * @param certificateNumber the referenced e-certificate's number, when supplied by sharing
 * @param fileId            the uploaded file's id in the portal, when uploaded
 */
public record SubmittedMaterial(
        String name,
        String certificateType,
        String certificateNumber,
        String fileId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256) {

    /** Whether the material is supplied by an e-certificate rather than an upload. */
    public boolean byCertificate() {
        return certificateNumber != null && !certificateNumber.isBlank();
    }
}
