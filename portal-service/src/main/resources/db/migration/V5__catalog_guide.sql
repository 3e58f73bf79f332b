-- The whole service guide of the published version (halls and their bookable windows, materials
-- and the certificate types that can supply them, fees, FAQ): the guide page, bookings and
-- applications read it from here.
alter table catalog_item add column guide jsonb not null default '{}';
