-- Text messages: a mainland mobile number per person, the provider's id of each message sent (to ask for its
-- receipt), and what a text said (a hash), so that the limits per number can count identical ones.
alter table notification_preference
    add column phone       text,
    add column sms_enabled boolean not null default false,
    add constraint notification_preference_phone_when_enabled check (not sms_enabled or phone is not null);

alter table notification_delivery
    add column provider_message_id text,
    add column content_hash        text,
    -- when the channel took it (the limits per number count by it; a receipt moves updated_at, not this)
    add column sent_at             timestamptz;

drop index notification_delivery_by_address;
create index notification_delivery_sent_to on notification_delivery (channel, address, sent_at) where sent_at is not null;

create index notification_delivery_awaiting_receipt on notification_delivery (channel, updated_at)
    where status = 'SENT' and provider_message_id is not null;
create index notification_delivery_by_provider_id on notification_delivery (channel, provider_message_id)
    where provider_message_id is not null;
