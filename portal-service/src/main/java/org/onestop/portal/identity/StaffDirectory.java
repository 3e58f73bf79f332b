package org.onestop.portal.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Who works where: the active staff accounts of a department that hold a role, for the features that tell them. */
@Service
public class StaffDirectory {

    private final AccountRepository accounts;

    StaffDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account ids of the department's active staff with any of the roles (CLERK, REVIEWER, ...). */
    public List<String> activeStaff(String departmentCode, Set<String> roles) {
        if (departmentCode == null || roles.isEmpty()) {
            return List.of();
        }
        return accounts.activeStaffWith(departmentCode, roles).stream().map(UUID::toString).toList();
    }
}
