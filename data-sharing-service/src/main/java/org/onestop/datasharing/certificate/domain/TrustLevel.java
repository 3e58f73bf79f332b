package org.onestop.datasharing.certificate.domain;

/** How far a certificate can be trusted. */
public enum TrustLevel {
    /** Issued and sealed by the issuing authority. */
    A,
    /** Verified by staff. */
    B,
    /** Uploaded by the holder; the original is still to be checked. */
    C,
    /** Declared by the holder. */
    D
}
