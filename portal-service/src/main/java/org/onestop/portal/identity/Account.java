package org.onestop.portal.identity;

import java.util.List;
import java.util.UUID;

/**
 * A person, an enterprise or a member of staff who can sign in.
 *
 * @param passwordChangeRequired whether an administrator reset the password and the account must choose a new one
 * @param passwordVersion        counts the administrators' resets; the portal refuses its access tokens of an older one
 */
record Account(UUID id, String username, String passwordHash, String displayName, AccountType type,
               List<String> roles, String departmentCode, String regionCode, boolean active,
               boolean passwordChangeRequired, int passwordVersion) {

    /** An active account with the password it was created with. */
    Account(UUID id, String username, String passwordHash, String displayName, AccountType type, List<String> roles,
            String departmentCode, String regionCode) {
        this(id, username, passwordHash, displayName, type, roles, departmentCode, regionCode, true, false, 0);
    }

    enum AccountType {
        NATURAL_PERSON, LEGAL_PERSON, STAFF, ADMINISTRATOR
    }
}
