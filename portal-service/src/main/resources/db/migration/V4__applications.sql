create sequence tracking_number_seq;

create table application (
    id              uuid primary key,
    tracking_number text        not null unique,
    applicant_id    text        not null,
    applicant_name  text        not null,
    applicant_type  text        not null,
    item_code       text        not null,
    item_version    int         not null,
    item_name       text        not null,
    department_code text        not null,
    region_code     text        not null,
    form_data       jsonb       not null,
    status          text        not null,
    case_id         text,
    channel         text        not null,
    idempotency_key text,
    submitted_at    timestamptz not null,
    updated_at      timestamptz not null,
    unique (applicant_id, idempotency_key)
);

create index application_applicant_idx on application (applicant_id, submitted_at desc);

create table application_progress (
    id             bigserial primary key,
    application_id uuid        not null references application (id),
    status         text        not null,
    note           text,
    occurred_at    timestamptz not null
);

create index application_progress_application_idx on application_progress (application_id, id);
