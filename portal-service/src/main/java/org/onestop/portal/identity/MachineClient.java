package org.onestop.portal.identity;

import java.time.Instant;
import java.util.List;

/**
 * A department's system that signs in as itself with the OAuth 2.0 client-credentials grant.
 *
 * @param clientId   its id, the {@code sub} and {@code preferred_username} of its tokens
 * @param secretHash the secret as the PasswordEncoder hashed it; the secret itself is never kept
 * @param lastTokenAt when it last obtained a token
 */
record MachineClient(String clientId, String name, String departmentCode, String regionCode, List<String> roles,
                     String secretHash, boolean active, Instant createdAt, String createdBy, Instant secretRotatedAt,
                     Instant lastTokenAt, Instant disabledAt) {
}
