-- Drafts, materials (uploads kept in PostgreSQL, or e-certificate references), the verification
-- code of the anonymous progress inquiry, and the applicant's own e-certificates.

create table application_draft (
    id              uuid primary key,
    applicant_id    text        not null,
    applicant_name  text        not null,
    applicant_type  text        not null,
    item_code       text        not null,
    form_data       jsonb       not null,
    channel         text        not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);

create index application_draft_applicant_idx on application_draft (applicant_id, updated_at desc);

-- The verification code is stored only as a hash (SHA-256 of the application id and the code).
alter table application add column verification_code_hash text;
-- Correction requests counted from the case events and answers counted here: one answer per request.
alter table application add column corrections_requested int not null default 0;
alter table application add column corrections_answered int not null default 0;
alter table application add column withdrawal_requested_at timestamptz;
update application set corrections_requested = 1 where status = 'CORRECTION_REQUESTED';

-- What the department asked for in a correction request, shown on the timeline.
alter table application_progress add column missing_items jsonb;

create index application_applicant_status_idx on application (applicant_id, status, submitted_at desc);

-- A material of a draft or an application (owner_id = the applicant). A draft becomes an
-- application with the same id, so its materials stay attached. submitted_in says which step
-- handed it in: null while pending, SUBMISSION or CORRECTION-<n>.
create table application_material (
    id                 uuid primary key,
    parent_id          uuid        not null,
    owner_id           text        not null,
    name               text        not null,
    certificate_type   text,
    certificate_number text,
    file_name          text,
    content_type       text,
    size_bytes         bigint      not null default 0,
    sha256             text,
    submitted_in       text,
    added_at           timestamptz not null
);

create index application_material_parent_idx on application_material (parent_id, added_at);

-- The bytes of uploaded materials, apart from their description.
create table material_content (
    material_id uuid primary key references application_material (id) on delete cascade,
    content     bytea not null
);

-- E-certificates held by portal accounts, from data-sharing.certificate.v1.
create table certificate (
    number           text primary key,
    certificate_type text        not null,
    holder_id        text        not null,
    holder_name      text,
    trust_level      text,
    valid_from       date,
    valid_until      date,
    region_code      text,
    department_code  text,
    issued_at        timestamptz not null,
    revoked_at       timestamptz,
    revoke_reason    text
);

create index certificate_holder_idx on certificate (holder_id, issued_at desc);
