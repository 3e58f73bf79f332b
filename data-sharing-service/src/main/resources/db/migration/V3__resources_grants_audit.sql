-- Shared data resources (共享目录), the grants that open them to other departments, the records
-- their owners publish, and the hash-chained audit log of every exchange.

create table data_resource (
    id                uuid primary key,
    code              text        not null unique,
    name              text        not null,
    description       text        not null,
    owner_department  text        not null,
    sharing_type      text        not null,
    update_frequency  text        not null,
    fields            jsonb       not null,
    created_by        text        not null,
    created_at        timestamptz not null,
    row_version       bigint      not null default 0
);

create index data_resource_owner_idx on data_resource (owner_department);

create table access_grant (
    id                  uuid primary key,
    resource_id         uuid        not null references data_resource (id),
    resource_code       text        not null,
    consumer_department text        not null,
    purpose             text        not null,
    fields              text[]      not null,
    valid_from          timestamptz not null,
    valid_until         timestamptz not null,
    status              text        not null,
    requested_by        text        not null,
    requested_at        timestamptz not null,
    decided_by          text,
    decided_at          timestamptz,
    decision_reason     text,
    row_version         bigint      not null default 0
);

-- serves "is there an active grant for this department on this resource" on every read
create index access_grant_lookup_idx on access_grant (resource_id, consumer_department, status, valid_until);

create table shared_record (
    resource_id  uuid        not null references data_resource (id),
    seq          bigserial,
    record_key   text        not null,
    data         jsonb       not null,
    published_at timestamptz not null,
    primary key (resource_id, seq)
);

-- Append-only; each entry's hash covers its content and the previous entry's hash, so an
-- entry changed or removed afterwards breaks the chain from there on.
create table audit_entry (
    seq            bigint primary key,
    occurred_at    timestamptz not null,
    actor          text        not null,
    department     text,
    action         text        not null,
    target         text        not null,
    outcome        text        not null,
    detail         text        not null,
    previous_hash  text        not null,
    hash           text        not null
);
