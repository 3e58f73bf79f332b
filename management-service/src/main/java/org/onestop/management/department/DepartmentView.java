package org.onestop.management.department;

import java.util.List;
import org.onestop.management.department.domain.Department;
import org.onestop.platform.web.Versioned;

/** A department as the API shows it. */
record DepartmentView(String code, String creditCode, String name, String regionCode, List<String> staffRoles,
                      long revision) implements Versioned {

    @Override
    public long entityVersion() {
        return revision;
    }

    static DepartmentView of(Department department) {
        return new DepartmentView(department.code(), department.creditCode(), department.name(),
                department.regionCode(), department.roleNames(), department.revision());
    }
}
