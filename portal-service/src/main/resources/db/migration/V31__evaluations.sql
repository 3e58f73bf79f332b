-- Evaluations (好差评): one per case (一事一评) by its applicant, and the rectification record every
-- bad review opens for the department that handled the case.
create table evaluation (
    id              uuid primary key,
    application_id  uuid        not null unique,
    tracking_number text        not null,
    case_id         text,
    reviewer_id     text        not null,
    item_code       text        not null,
    item_version    int         not null,
    item_name       text        not null,
    department_code text        not null,
    region_code     text        not null,
    level           text        not null check (level in ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED',
                                                          'DISSATISFIED', 'VERY_DISSATISFIED')),
    bad             boolean     not null,
    overall         smallint check (overall between 1 and 5),
    efficiency      smallint check (efficiency between 1 and 5),
    guide_accuracy  smallint check (guide_accuracy between 1 and 5),
    convenience     smallint check (convenience between 1 and 5),
    usability       smallint check (usability between 1 and 5),
    comment         text,
    channel         text        not null,
    submitted_at    timestamptz not null
);

create index evaluation_reviewer_idx on evaluation (reviewer_id, submitted_at desc);
create index evaluation_item_idx on evaluation (item_code, level);

create table rectification (
    id                 uuid primary key,
    evaluation_id      uuid        not null unique references evaluation (id),
    department_code    text        not null,
    region_code        text        not null,
    status             text        not null check (status in ('OPEN', 'VERIFIED', 'COMPLETED', 'APPEALED', 'CLOSED')),
    due_on             date        not null,
    substantiated      boolean,
    verification_note  text,
    verified_by        text,
    verified_at        timestamptz,
    outcome            text check (outcome in ('RECTIFIED', 'EXPLAINED')),
    outcome_text       text,
    completed_by       text,
    completed_at       timestamptz,
    appeal_reason      text,
    appealed_at        timestamptz,
    appeal_decision    text check (appeal_decision in ('UPHELD', 'DISMISSED')),
    appeal_answer      text,
    appeal_answered_by text,
    appeal_answered_at timestamptz,
    raised_at          timestamptz not null
);

create index rectification_department_idx on rectification (department_code, due_on, raised_at);
