-- How each person wants to be told beyond the inbox: an email address, quiet hours in the platform's zone, and the
-- language of the messages. Keyed like the inbox, by account id.
create table notification_preference (
    account_id    text primary key,
    email         text,
    email_enabled boolean     not null default false,
    quiet_from    time,
    quiet_until   time,
    language      text        not null default 'zh-CN',
    updated_at    timestamptz not null,
    constraint notification_preference_quiet_both check ((quiet_from is null) = (quiet_until is null)),
    constraint notification_preference_email_when_enabled check (not email_enabled or email is not null)
);

-- One message of one notification on one channel, queued in the transaction that puts the notification in the inbox
-- (so at most one per notification and channel, and never lost), sent by a dispatcher that claims due rows for a
-- lease, and moved on by what the channel answers.
create table notification_delivery (
    id              uuid primary key,
    notification_id uuid        not null references notification (id),
    account_id      text        not null,
    region_code     text,
    department_code text,
    channel         text        not null,
    address         text        not null,
    status          text        not null,
    attempts        integer     not null default 0,
    not_before      timestamptz not null,
    claimed_until   timestamptz,
    last_error      text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    constraint notification_delivery_once unique (notification_id, channel),
    constraint notification_delivery_status_known
        check (status in ('QUEUED', 'SENT', 'DELIVERED', 'TEMPORARY_FAILURE', 'PERMANENT_FAILURE'))
);

create index notification_delivery_due on notification_delivery (not_before)
    where status in ('QUEUED', 'TEMPORARY_FAILURE');
create index notification_delivery_by_address on notification_delivery (address, updated_at) where status in ('SENT', 'DELIVERED');
