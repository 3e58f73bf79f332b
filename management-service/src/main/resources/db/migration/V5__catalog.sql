-- The full catalog: base items (基本目录), and implementation items with their whole service
-- guide, lifecycle (review, planned effective date, withdrawal, supersession) and quality.
create extension if not exists pg_trgm;

create table base_item (
    code        text primary key,
    name        text        not null,
    item_type   text        not null,
    level       text        not null,
    legal_basis text,
    created_at  timestamptz not null,
    row_version bigint      not null default 0
);

create index base_item_type_idx on base_item (item_type, code);

alter table service_item
    add column base_code        text references base_item (code),
    add column level            text        not null default 'MUNICIPAL',
    add column guide            jsonb       not null default '{}',
    add column topics           text[]      not null default '{}',
    add column quality_problems int         not null default 0,
    add column effective_from   timestamptz,
    add column updated_at       timestamptz,
    add column submitted_by     text,
    add column reviewed_by      text,
    add column review_comment   text,
    add column ended_at         timestamptz,
    add column end_reason       text;

alter table service_item alter column level drop default;
update service_item set updated_at = coalesce(published_at, created_at);
alter table service_item alter column updated_at set not null;

-- At most one version of a code is being worked on, and at most one is in force.
create unique index service_item_one_open_version on service_item (code) where status in ('DRAFT', 'IN_REVIEW', 'SCHEDULED');
create unique index service_item_one_published on service_item (code) where status = 'PUBLISHED';

-- The editor's filters; each ordered by code, the order of every list. 100,000 items page and
-- search on these without scanning the table.
create index service_item_region_idx on service_item (region_code, code);
create index service_item_department_idx on service_item (department_code, code);
create index service_item_type_idx on service_item (item_type, code);
create index service_item_level_idx on service_item (level, code);
create index service_item_code_idx on service_item (code, version);
create index service_item_topics_idx on service_item using gin (topics);
create index service_item_name_trgm_idx on service_item using gin (name gin_trgm_ops);
create index service_item_incomplete_idx on service_item (code) where quality_problems > 0;
create index service_item_claims_idx on service_item (base_code, region_code) where base_code is not null;
-- What the activation job looks for.
create index service_item_due_idx on service_item (effective_from) where status = 'SCHEDULED';
