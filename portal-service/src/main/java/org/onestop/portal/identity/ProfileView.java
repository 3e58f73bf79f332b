package org.onestop.portal.identity;

import java.time.Instant;
import java.util.List;
import org.onestop.platform.identifiers.Masked;
import org.onestop.portal.identity.domain.AccountRules;

/**
 * An account as its owner or an administrator sees it: the identity number masked (first 6 and
 * last 4), the mobile number masked (first 3 and last 4).
 */
record ProfileView(String id, String username, String displayName, String accountType, List<String> roles,
                   String departmentCode, String regionCode, String status, String identityNumber, String mobile,
                   String creditCode, String legalRepresentative, Instant createdAt) {

    static ProfileView of(Profile p, IdentifierVault vault) {
        String masked = p.identityNumberCipher() == null ? null : Masked.identifier(vault.decrypt(p.identityNumberCipher()));
        return new ProfileView(p.id().toString(), p.username(), p.displayName(), p.type().name(), p.roles(),
                p.departmentCode(), p.regionCode(), p.active() ? "ACTIVE" : "DISABLED", masked,
                AccountRules.maskedMobile(p.mobile()), p.creditCode(), p.legalRepresentative(), p.createdAt());
    }
}
