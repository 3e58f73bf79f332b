-- The record of handled events is purged once no broker could deliver those events again (InboundHousekeeping):
-- the purge looks rows up by age.
create index if not exists processed_event_age on processed_event (processed_at);
