-- Public-disclosure content (政务公开): articles of the news, notices, policies and interpretation
-- columns, reviewed before they are published on their planned date.
create table article (
    id                uuid primary key,
    column_code       text        not null,
    title             text        not null,
    summary           text,
    body              text        not null,
    region_code       text        not null,
    department_code   text        not null,
    status            text        not null,
    publish_at        timestamptz,
    created_by        text        not null,
    created_at        timestamptz not null,
    submitted_by      text,
    reviewed_by       text,
    reviewed_at       timestamptz,
    published_at      timestamptz,
    withdrawn_at      timestamptz,
    withdrawal_reason text,
    row_version       bigint      not null default 0
);

create index article_department_idx on article (department_code, column_code, created_at desc);
create index article_published_idx on article (column_code, department_code, published_at desc) where status = 'PUBLISHED';
create index article_due_idx on article (publish_at) where status = 'SCHEDULED';
