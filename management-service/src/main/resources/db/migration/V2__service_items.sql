-- Versions of service items (实施清单). A published version never changes; a newer version
-- supersedes it.
create table service_item (
    id                  uuid primary key,
    code                text        not null,
    version             int         not null,
    name                text        not null,
    item_type           text        not null,
    region_code         text        not null,
    department_code     text        not null,
    department_name     text        not null,
    legal_limit_days    int         not null,
    promised_limit_days int         not null,
    form_fields         jsonb       not null default '[]',
    status              text        not null,
    created_by          text        not null,
    created_at          timestamptz not null,
    published_at        timestamptz,
    row_version         bigint      not null default 0,
    unique (code, version)
);

create index service_item_status_idx on service_item (status, code);
