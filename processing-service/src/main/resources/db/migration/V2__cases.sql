create table case_file (
    id              uuid primary key,
    application_id  text        not null unique,
    tracking_number text        not null,
    item_code       text        not null,
    item_version    int         not null,
    item_name       text        not null,
    applicant_id    text        not null,
    applicant_name  text        not null,
    region_code     text        not null,
    department_code text        not null,
    channel         text        not null,
    state           text        not null,
    received_at     timestamptz not null,
    accepted_at     timestamptz,
    row_version     bigint      not null default 0
);

create index case_file_queue_idx on case_file (department_code, state, received_at);

-- Who did what to a case, when, and why.
create table case_action (
    id          bigserial primary key,
    case_id     uuid        not null references case_file (id),
    action      text        not null,
    actor       text        not null,
    opinion     text,
    occurred_at timestamptz not null
);

create index case_action_case_idx on case_action (case_id, id);
