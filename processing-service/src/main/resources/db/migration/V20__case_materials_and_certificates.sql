-- Materials handed in with an application or a correction answer, the certificate a concluded case
-- produced, and the review steps of the item version a case was submitted under.

-- One row per material: an upload held by the portal (named by its file id and checksum) or a
-- reference to one of the applicant's e-certificates, which is checked against data-sharing's
-- registry (PENDING until the first check; UNVERIFIED while the registry cannot be reached, with
-- the reason, and checked again from next_check_at on; VERIFIED or REJECTED once it answered).
create table case_material (
    id                  uuid primary key,
    case_id             uuid        not null references case_file (id),
    -- 0: with the application; n: with the answer to the n-th correction request
    correction_round    int         not null,
    position            int         not null,
    name                text        not null,
    certificate_type    text,
    certificate_number  text,
    file_id             text,
    file_name           text,
    content_type        text,
    size_bytes          bigint      not null default 0,
    sha256              text,
    verification        text        not null check (verification in
                            ('UPLOADED', 'PENDING', 'VERIFIED', 'UNVERIFIED', 'REJECTED')),
    verification_reason text,
    checked_at          timestamptz,
    check_attempts      int         not null default 0,
    next_check_at       timestamptz,
    received_at         timestamptz not null
);

-- A case's materials in the order they came (the case view, one page of the queue at a time).
create index case_material_case_idx on case_material (case_id, correction_round, position);

-- The re-check scheduler: only certificate references the registry has not answered yet.
create index case_material_recheck_idx on case_material (next_check_at)
    where verification in ('PENDING', 'UNVERIFIED');

alter table case_file
    add column certificate_number text,
    -- the names of the REVIEW steps of the item version's process, in order, as the case was opened
    add column review_steps       jsonb not null default '[]';

alter table item_version
    add column review_steps jsonb not null default '[]';
