-- The links of the published service guides (the materials' blank forms and examples) and the
-- last check of each (link validity, DESIGN §1 "invalid links").

create view guide_link as
select distinct p.subject as item_code, p.region_code, p.department_code, link.url
from published_item p
cross join lateral jsonb_array_elements(case when jsonb_typeof(p.payload->'guide'->'materials') = 'array'
    then p.payload->'guide'->'materials' else '[]'::jsonb end) material
cross join lateral (values (material->>'blankFormUrl'), (material->>'exampleUrl')) link (url)
where coalesce(btrim(link.url), '') <> '';

-- One row per URL, however many guides link to it. next_check_at is also the claim: a replica
-- that takes a link moves it on, so that the others pass it by.
create table link_check (
    url           text primary key,
    next_check_at timestamptz not null,
    checked_at    timestamptz,
    valid         boolean,
    status_code   integer,
    problem       text
);

create index link_check_due_idx on link_check (next_check_at);
