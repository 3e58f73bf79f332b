-- Optimistic locking of drafts: every saved change (form data, materials) increases the revision,
-- which the API shows as `revision` and as the ETag; If-Match with an older one is refused (409).
alter table application_draft add column revision bigint not null default 0;
