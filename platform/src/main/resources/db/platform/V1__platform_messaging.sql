-- Plumbing every service shares; service migrations start at V2.

-- Transactional outbox: rows are written in the same transaction as the state change and sent
-- to Kafka in id order by the one active relay, then deleted.
create table outbox_message (
    id          bigserial primary key,
    topic       text        not null,
    message_key text        not null,
    payload     text        not null,
    headers     jsonb       not null,
    created_at  timestamptz not null default now()
);

-- Idempotent consumption: one row per (consumer, CloudEvents id) handled, written in the same
-- transaction as the handler's effect.
create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
