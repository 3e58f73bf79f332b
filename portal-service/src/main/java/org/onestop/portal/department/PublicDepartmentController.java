package org.onestop.portal.department;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The departments as the public catalog names them: code, name and region, so pages show names, not codes. */
@RestController
class PublicDepartmentController {

    private final Departments departments;

    PublicDepartmentController(Departments departments) {
        this.departments = departments;
    }

    /** Public, like the rest of the catalog; the staff roles a department has are not shown. */
    @GetMapping("/api/portal/v1/catalog/departments")
    List<PublicDepartment> all() {
        return departments.all().stream()
                .map(d -> new PublicDepartment(d.code(), d.name(), d.regionCode())).toList();
    }

    record PublicDepartment(String code, String name, String regionCode) {
    }
}
