package org.onestop.contracts.management;

import org.onestop.contracts.DomainEvent;

/** Events of a department (master data) on {@code management.department.v1}. */
public sealed interface DepartmentEvent extends DomainEvent permits DepartmentRegistered, DepartmentUpdated {

    @Override
    default String aggregateId() {
        return departmentCode();
    }

    @Override
    default String subject() {
        return departmentCode();
    }
}
