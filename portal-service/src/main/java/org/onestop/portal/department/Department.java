package org.onestop.portal.department;

import java.util.List;

/**
 * A department of management's master data, as the portal last heard of it.
 *
 * @param staffRoles the staff roles management lets it have (EDITOR, REVIEWER, CLERK, SUPERVISOR)
 */
public record Department(String code, String name, String regionCode, List<String> staffRoles) {

    public Department {
        staffRoles = List.copyOf(staffRoles);
    }
}
