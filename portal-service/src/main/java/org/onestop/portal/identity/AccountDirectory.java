package org.onestop.portal.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Who is who, for the features that tell people: an account by its user name, a department's active staff by role. */
@Service
public class AccountDirectory {

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** A person's own profile (the caller's, by the token's subject). */
    Optional<Profile> profileOf(UUID id) {
        return accounts.profileOf(id);
    }

    /** The account id of a user name, if there is such an account. */
    public Optional<String> idOf(String username) {
        return accounts.findByUsername(username).map(account -> account.id().toString());
    }

    /** The account ids of the department's active staff with any of the roles (CLERK, REVIEWER, ...). */
    public List<String> activeStaff(String departmentCode, Set<String> roles) {
        if (departmentCode == null || roles.isEmpty()) {
            return List.of();
        }
        return accounts.activeStaffWith(departmentCode, roles).stream().map(UUID::toString).toList();
    }
}
