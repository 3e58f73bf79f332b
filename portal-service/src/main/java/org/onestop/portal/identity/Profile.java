package org.onestop.portal.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onestop.portal.identity.Account.AccountType;

/**
 * What an account holds beyond its credentials, as stored: the identity number only encrypted.
 *
 * @param identityNumberCipher a natural person's identity number, AES-GCM encrypted; null for others
 */
record Profile(UUID id, String username, String displayName, AccountType type, List<String> roles,
               String departmentCode, String regionCode, boolean active, byte[] identityNumberCipher,
               String creditCode, String legalRepresentative, String mobile, Instant createdAt) {
}
