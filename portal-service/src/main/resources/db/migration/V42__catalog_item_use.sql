-- How much each listed item is used: its applications over the last days (onestop.portal.catalog.use-window),
-- kept by CatalogUse, so that the home page's most-used services are a read of an index, not a count per page.
alter table catalog_item add column recent_applications int not null default 0;
create index catalog_item_use_idx on catalog_item (recent_applications desc, code) where status = 'PUBLISHED';
create index application_item_submitted_idx on application (item_code, submitted_at);
