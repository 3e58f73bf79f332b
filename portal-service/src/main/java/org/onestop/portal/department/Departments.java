package org.onestop.portal.department;

import java.time.Clock;
import java.util.Optional;
import org.onestop.contracts.management.DepartmentRegistered;
import org.onestop.contracts.management.DepartmentUpdated;
import org.springframework.stereotype.Service;

/**
 * The departments of management's master data, kept from what management publishes on
 * {@code management.department.v1}: staff accounts are checked against them.
 */
@Service
public class Departments {

    private final DepartmentRepository repository;
    private final Clock clock;

    Departments(DepartmentRepository repository, Clock clock) {
        this.clock = clock;
        this.repository = repository;
    }

    public Optional<Department> find(String code) {
        return code == null ? Optional.empty() : repository.find(code);
    }

    public java.util.List<Department> all() {
        return repository.all();
    }

    /** Whether any department has arrived yet (none: management's events have not been consumed). */
    public boolean anyKnown() {
        return repository.any();
    }

    void record(DepartmentRegistered registered) {
        repository.save(new Department(registered.departmentCode(), registered.name(), registered.regionCode(),
                registered.staffRoles()), registered.registeredAt(), clock.instant());
    }

    void record(DepartmentUpdated updated) {
        repository.save(new Department(updated.departmentCode(), updated.name(), updated.regionCode(),
                updated.staffRoles()), updated.updatedAt(), clock.instant());
    }
}
