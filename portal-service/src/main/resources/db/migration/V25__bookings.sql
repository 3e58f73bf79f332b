-- Bookings (预约) of a hall's time slots. The slots themselves come from the bookable windows of
-- the item's service guide (catalog_item.guide); a booking_slot row is made when a slot is first
-- booked and counts its places, so that capacity holds under any number of concurrent requests:
-- a place is taken by "update ... set booked = booked + 1 where booked < capacity".
create table booking_slot (
    item_code  text not null,
    hall       text not null,
    day        date not null,
    start_time time not null,
    capacity   int  not null,
    booked     int  not null default 0,
    primary key (item_code, hall, day, start_time),
    check (booked >= 0 and booked <= capacity)
);

create table booking (
    id              uuid primary key,
    account_id      text        not null,
    account_name    text        not null,
    item_code       text        not null,
    item_name       text        not null,
    hall            text        not null,
    day             date        not null,
    start_time      time        not null,
    end_time        time        not null,
    region_code     text        not null,
    department_code text        not null,
    tracking_number text,
    channel         text        not null,
    status          text        not null,
    booked_at       timestamptz not null,
    cancelled_at    timestamptz,
    reminded        boolean     not null default false
);

-- One active booking per person per slot.
create unique index booking_one_active_per_person_idx on booking (account_id, item_code, hall, day, start_time)
    where status = 'ACTIVE';
create index booking_account_idx on booking (account_id, booked_at desc);
create index booking_hall_day_idx on booking (item_code, day, hall, start_time);
-- The day-before reminders still to send.
create index booking_reminder_due_idx on booking (day) where status = 'ACTIVE' and not reminded;
