-- Outbox rows the broker refused for good (a record too large or invalid): the relay moves such a
-- row here, with the reason, in one statement, so that the rows behind it flow on instead of
-- waiting forever. Kept for an operator to read, fix and move back (docs/operations.md,
-- "Outbox dead letters"); nothing deletes them by itself.
-- Version 1.1: platform migrations come before a service's own (V2 on); a database that already
-- has those takes this one out of order (spring.flyway.out-of-order in the platform defaults).
create table outbox_dead_letter (
    id          bigint      primary key, -- the outbox row's id
    topic       text        not null,
    message_key text        not null,
    payload     text        not null,
    headers     jsonb       not null,
    created_at  timestamptz not null,
    failed_at   timestamptz not null default now(),
    reason      text        not null
);
