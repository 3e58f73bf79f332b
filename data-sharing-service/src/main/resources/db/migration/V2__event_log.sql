-- Every event the platform's services publish, as received: the process data the indicators
-- and the exchange audit build on. Append-only.
create table event_log (
    event_id        text primary key,
    topic           text        not null,
    event_type      text        not null,
    aggregate_id    text        not null,
    subject         text,
    source          text,
    region_code     text,
    department_code text,
    channel         text,
    occurred_at     timestamptz,
    payload         jsonb       not null,
    recorded_at     timestamptz not null default now()
);

create index event_log_subject_idx on event_log (subject, recorded_at);
create index event_log_type_idx on event_log (event_type, recorded_at);
