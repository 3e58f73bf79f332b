package org.onestop.management.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.onestop.management.department.domain.StaffRole;
import org.onestop.platform.web.EntityTags;

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

    /** The same with the revision If-Match names (the body's own field is deprecated; both must agree). */
    DepartmentRequest over(String ifMatch) {
        return new DepartmentRequest(code, creditCode, name, regionCode, staffRoles,
                EntityTags.expected(ifMatch, expectedRevision));
    }

    Set<StaffRole> staffRolesOrNone() {
        return staffRoles == null ? Set.of() : staffRoles;
    }
}
