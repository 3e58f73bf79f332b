package org.onestop.management.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.onestop.management.department.domain.StaffRole;

/**
 * A department's master data as an administrator sends it. {@code code} is read only when
 * registering; {@code expectedRevision} (the {@code revision} last read) only when updating.
 */
record DepartmentRequest(
        String code,
        @NotBlank String creditCode,
        @NotBlank @Size(max = 200) String name,
        @NotBlank String regionCode,
        Set<StaffRole> staffRoles,
        Long expectedRevision) {

    Set<StaffRole> staffRolesOrNone() {
        return staffRoles == null ? Set.of() : staffRoles;
    }
}
