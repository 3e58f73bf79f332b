package org.onestop.portal.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.onestop.portal.application.domain.Material;

/** A material as its applicant sees it; an upload has a download link, a certificate reference none. */
record MaterialView(String id, String name, String certificateType, String certificateNumber, String fileName,
                    String contentType, long sizeBytes, String sha256, String submittedIn, Instant addedAt,
                    String downloadUrl) {

    static MaterialView of(Material m) {
        return new MaterialView(m.id().toString(), m.name(), m.certificateType(), m.certificateNumber(), m.fileName(),
                m.contentType(), m.sizeBytes(), m.sha256(), m.submittedIn(), m.addedAt(),
                m.byCertificate() ? null : "/api/portal/v1/materials/" + m.id());
    }

    /** A material named in a request body by the e-certificate that supplies it. */
    record Reference(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String certificateNumber) {

        ApplicationSubmission.CertificateReference toReference() {
            return new ApplicationSubmission.CertificateReference(name, certificateNumber.trim());
        }
    }
}
