-- Consultations and complaints (咨询, 投诉): threads between an asker and the department they are
-- addressed to, with the department's reply deadline.
create table inquiry (
    id              uuid primary key,
    kind            text        not null check (kind in ('CONSULTATION', 'COMPLAINT')),
    status          text        not null check (status in ('AWAITING_REPLY', 'REPLIED', 'CLOSED')),
    asker_id        text        not null,
    asker_type      text        not null,
    item_code       text,
    item_name       text,
    department_code text        not null,
    region_code     text        not null,
    subject         text        not null,
    channel         text        not null,
    reply_due_on    date        not null,
    replies         int         not null default 0,
    opened_at       timestamptz not null,
    updated_at      timestamptz not null,
    closed_at       timestamptz,
    closed_by       text,
    close_note      text
);

create index inquiry_asker_idx on inquiry (asker_id, opened_at desc);
create index inquiry_department_open_idx on inquiry (department_code, reply_due_on, opened_at) where status <> 'CLOSED';
create index inquiry_department_idx on inquiry (department_code, opened_at);

create table inquiry_message (
    id          bigserial primary key,
    inquiry_id  uuid        not null references inquiry (id),
    author      text        not null check (author in ('ASKER', 'DEPARTMENT')),
    author_id   text        not null,
    author_name text,
    text        text        not null,
    channel     text        not null,
    posted_at   timestamptz not null
);

create index inquiry_message_inquiry_idx on inquiry_message (inquiry_id, id);
