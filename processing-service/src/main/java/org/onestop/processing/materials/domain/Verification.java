package org.onestop.processing.materials.domain;

/**
 * Where a material stands with the e-certificate registry.
 * <ul>
 *   <li>UPLOADED: a file, nothing to ask the registry; staff check it themselves.</li>
 *   <li>PENDING: a certificate reference not checked yet.</li>
 *   <li>UNVERIFIED: the registry could not be reached (the reason says why); checked again later.</li>
 *   <li>VERIFIED: the registry vouches for the certificate and it is the applicant's.</li>
 *   <li>REJECTED: unknown, tampered with, revoked, expired, not yet valid, or someone else's.</li>
 * </ul>
 */
public enum Verification {
    UPLOADED, PENDING, VERIFIED, UNVERIFIED, REJECTED
}
