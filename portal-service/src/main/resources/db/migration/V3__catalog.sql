-- The public catalog: a read model of the published service item versions, fed by
-- management.service-item.v1.
create table catalog_item (
    code                text primary key,
    item_id             text        not null,
    version             int         not null,
    name                text        not null,
    item_type           text        not null,
    region_code         text        not null,
    department_code     text        not null,
    department_name     text        not null,
    legal_limit_days    int         not null,
    promised_limit_days int         not null,
    form_fields         jsonb       not null,
    published_at        timestamptz not null
);

create index catalog_item_department_idx on catalog_item (department_code);
