package org.onestop.contracts.management;

import java.time.Instant;
import java.util.List;

/**
 * A department's master data changed; the record holds all of it as it is now.
 *
 * @param creditCode unified social credit code (GB 32100)
 * @param staffRoles the staff roles the department has: EDITOR, REVIEWER, CLERK, SUPERVISOR
 */
public record DepartmentUpdated(
        String departmentCode,
        String creditCode,
        String name,
        String regionCode,
        String regionName,
        List<String> staffRoles,
        String channel,
        Instant updatedAt) implements DepartmentEvent {

    public static final String TYPE = "management.department.updated.v1";

    public DepartmentUpdated {
        staffRoles = staffRoles == null ? List.of() : List.copyOf(staffRoles);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
