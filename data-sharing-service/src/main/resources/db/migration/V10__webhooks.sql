-- A department's own system told of the shared records it may read, by HTTP: a subscription names the endpoint and
-- the resources; each record published becomes one delivery per subscription, queued in the publishing transaction,
-- signed with the subscription's secret (HMAC-SHA256), tried again with growing waits, and set aside after the last.
create table webhook_subscription (
    id          uuid primary key,
    department  text        not null,
    url         text        not null,
    secret      text        not null,
    resources   text[]      not null check (cardinality(resources) > 0),
    active      boolean     not null default true,
    created_by  text        not null,
    created_at  timestamptz not null
);
create index webhook_subscription_by_department on webhook_subscription (department) where active;

create table webhook_delivery (
    id              uuid primary key,
    subscription_id uuid        not null references webhook_subscription (id),
    event_id        text        not null,
    event_type      text        not null,
    body            text        not null,
    status          text        not null check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer     not null default 0,
    not_before      timestamptz not null,
    claimed_until   timestamptz,
    last_response   text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    constraint webhook_delivery_once unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (not_before) where status = 'PENDING';
create index webhook_delivery_by_subscription on webhook_delivery (subscription_id, created_at desc);
