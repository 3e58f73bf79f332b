package org.onestop.contracts.management;

import java.time.Instant;
import java.util.List;

/**
 * A department was added to the master data; it can now implement items.
 *
 * @param creditCode unified social credit code (GB 32100)
 * @param staffRoles the staff roles the department has: EDITOR, REVIEWER, CLERK, SUPERVISOR
 */
public record DepartmentRegistered(
        String departmentCode,
        String creditCode,
        String name,
        String regionCode,
        String regionName,
        List<String> staffRoles,
        String channel,
        Instant registeredAt) implements DepartmentEvent {

    public static final String TYPE = "management.department.registered.v1";

    public DepartmentRegistered {
        staffRoles = staffRoles == null ? List.of() : List.copyOf(staffRoles);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
