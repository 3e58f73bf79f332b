package org.onestop.portal.identity;

import java.util.List;
import java.util.UUID;

/** A person, an enterprise or a member of staff who can sign in. */
record Account(UUID id, String username, String passwordHash, String displayName, AccountType type,
               List<String> roles, String departmentCode, String regionCode) {

    enum AccountType {
        NATURAL_PERSON, LEGAL_PERSON, STAFF, ADMINISTRATOR
    }
}
