-- Departments (implementing bodies) of the master data, with their unified social credit code
-- (GB 32100) and the staff roles they have. Staff accounts live in the portal.
create table department (
    code        text primary key,
    credit_code text        not null unique,
    name        text        not null,
    region_code text        not null references region (code),
    staff_roles text[]      not null default '{}',
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    row_version bigint      not null default 0
);

create index department_region_idx on department (region_code, code);
