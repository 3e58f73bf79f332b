-- Implementing-effect indicators (DESIGN §3) per day, region, department and channel; 'all'
-- where a value is not split. Recomputed from the event log and the audit log, so a value can
-- always be traced back to the events behind it.
create table indicator_value (
    day         date        not null,
    indicator   text        not null,
    region      text        not null,
    department  text        not null,
    channel     text        not null,
    value       numeric     not null,
    numerator   numeric,
    denominator numeric,
    computed_at timestamptz not null,
    primary key (indicator, region, department, channel, day)
);

create index event_log_topic_idx on event_log (topic, subject, occurred_at);
