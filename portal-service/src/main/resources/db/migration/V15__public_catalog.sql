-- The public catalog follows the whole item lifecycle, is browsed by the guide's facets and
-- searched in Chinese. Sized for a province (100,000 items): every filter and the search have an
-- index, and the list reads only the summary columns.
create extension if not exists pg_trgm;

-- All 2-character pieces of a text, lower-cased: a query of two characters (社保, 户口) finds
-- names by this array's GIN index, as trigrams need three.
create function catalog_bigrams(t text) returns text[]
    language sql immutable parallel safe
    return (select coalesce(array_agg(distinct substr(lower(t), i, 2)), '{}')
            from generate_series(1, char_length(t) - 1) as i);

-- catalog_item: one row per code, the version in force. A withdrawn code keeps its row as a
-- tombstone (status WITHDRAWN, the withdrawn version) so that a late event of an older version
-- cannot bring it back; only a newer version does.
alter table catalog_item
    add column status          text    not null default 'PUBLISHED',
    add column withdrawn_at    timestamptz,
    add column level           text,
    add column service_objects text[]  not null default '{}',
    add column topics          text[]  not null default '{}',
    add column online_depth    text,
    add column handling_form   text,
    add column name_bigrams    text[]  generated always as (catalog_bigrams(name)) stored;

update catalog_item
set level           = guide ->> 'level',
    online_depth    = guide ->> 'onlineDepth',
    handling_form   = guide ->> 'handlingForm',
    service_objects = array(select jsonb_array_elements_text(coalesce(guide -> 'serviceObjects', '[]'))),
    topics          = array(select jsonb_array_elements_text(coalesce(guide -> 'topics', '[]')));

-- The filters of the public list, each ending in code (the list's order) and only over what is
-- listed; arrays (topics, service objects) and the name search by GIN.
drop index catalog_item_department_idx;
create index catalog_item_department_idx on catalog_item (department_code, code) where status = 'PUBLISHED';
create index catalog_item_listed_idx on catalog_item (code) where status = 'PUBLISHED';
create index catalog_item_region_idx on catalog_item (region_code text_pattern_ops, code) where status = 'PUBLISHED';
create index catalog_item_type_idx on catalog_item (item_type, code) where status = 'PUBLISHED';
create index catalog_item_level_idx on catalog_item (level, code) where status = 'PUBLISHED';
create index catalog_item_depth_idx on catalog_item (online_depth, code) where status = 'PUBLISHED';
create index catalog_item_topics_idx on catalog_item using gin (topics);
create index catalog_item_objects_idx on catalog_item using gin (service_objects);
create index catalog_item_name_trgm_idx on catalog_item using gin (name gin_trgm_ops);
create index catalog_item_name_bigrams_idx on catalog_item using gin (name_bigrams);

-- Every version ever published, immutable apart from how it ended: a case keeps the version it
-- was submitted under, so the application side can read that version's guide and form.
create table catalog_item_version (
    code                text        not null,
    version             int         not null,
    item_id             text        not null,
    name                text        not null,
    item_type           text        not null,
    region_code         text        not null,
    department_code     text        not null,
    department_name     text        not null,
    legal_limit_days    int         not null,
    promised_limit_days int         not null,
    form_fields         jsonb       not null,
    guide               jsonb       not null,
    published_at        timestamptz not null,
    status              text        not null, -- PUBLISHED, SUPERSEDED or WITHDRAWN
    ended_at            timestamptz,
    end_reason          text,
    primary key (code, version)
);

insert into catalog_item_version (code, version, item_id, name, item_type, region_code, department_code,
                                  department_name, legal_limit_days, promised_limit_days, form_fields, guide,
                                  published_at, status)
select code, version, item_id, name, item_type, region_code, department_code, department_name, legal_limit_days,
       promised_limit_days, form_fields, guide, published_at, 'PUBLISHED'
from catalog_item;
