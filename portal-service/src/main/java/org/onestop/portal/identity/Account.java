package org.onestop.portal.identity;

import java.util.List;
import java.util.UUID;

/** A person, an enterprise or a member of staff who can sign in. */
record Account(UUID id, String username, String passwordHash, String displayName, AccountType type,
               List<String> roles, String departmentCode, String regionCode, boolean active) {

    /** An active account. */
    Account(UUID id, String username, String passwordHash, String displayName, AccountType type, List<String> roles,
            String departmentCode, String regionCode) {
        this(id, username, passwordHash, displayName, type, roles, departmentCode, regionCode, true);
    }

    enum AccountType {
        NATURAL_PERSON, LEGAL_PERSON, STAFF, ADMINISTRATOR
    }
}
