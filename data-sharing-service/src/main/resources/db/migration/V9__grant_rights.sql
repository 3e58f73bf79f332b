-- Read and publish rights are granted separately (issue: "read and publish rights are separate"):
-- a grant names READ (the pull API and the Kafka feed), PUBLISH (records into the owner's
-- resource, only the granted fields) or both. Existing grants were read grants.
alter table access_grant add column rights text[] not null default '{READ}'
    check (cardinality(rights) > 0 and rights <@ array['READ', 'PUBLISH']);
