-- Indicators also per service item (DESIGN §3: per region, department, item, channel and
-- period): 'all' where a value is not split by item. An item's rows carry the item's region and
-- department.
alter table indicator_value add column item text not null default 'all';
alter table indicator_value drop constraint indicator_value_pkey;
alter table indicator_value add primary key (indicator, region, department, item, channel, day);

-- The day's events of one type (applications, conclusions, evaluations, searches, guide views).
create index event_log_type_occurred_idx on event_log (event_type, occurred_at);

-- The catalog as last published: one row per item code whose newest event is a publication.
create view published_item as
with latest as (
    select distinct on (subject) subject, region_code, department_code, event_type, payload
    from event_log where topic = 'management.service-item.v1'
    order by subject, occurred_at desc, recorded_at desc)
select subject, region_code, department_code, payload from latest
where event_type = 'management.service-item.published.v1';

-- The events of one rectification (好差评): raised, completed, appeal answered.
create index event_log_rectification_idx on event_log ((payload->>'rectificationId'), occurred_at)
    where topic = 'portal.evaluation.v1';
