-- The departments of management's master data as the portal knows them from management.department.v1
-- (DepartmentRegistered, DepartmentUpdated): what a staff account's department and roles are checked against.
create table department (
    code        text primary key,
    name        text        not null,
    region_code text        not null,
    -- the staff roles management lets the department have (EDITOR, REVIEWER, CLERK, SUPERVISOR)
    staff_roles text[]      not null,
    -- when management registered or last changed it; an older event never overwrites a newer one
    changed_at  timestamptz not null,
    received_at timestamptz not null
);
