-- A person's notifications inbox: status changes of their applications, correction requests,
-- bookings and their reminders, replies. Each is also published on portal.notification.v1.
create table notification (
    id              uuid primary key,
    account_id      text        not null,
    kind            text        not null,
    title           text        not null,
    text            text        not null,
    reference       text,
    region_code     text,
    department_code text,
    created_at      timestamptz not null,
    read_at         timestamptz
);

create index notification_account_idx on notification (account_id, created_at desc);
create index notification_unread_idx on notification (account_id, created_at desc) where read_at is null;
