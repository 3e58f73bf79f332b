-- Signing keys rotate: a new key is published (in the JWKS) before it signs, and an old one stays published until
-- the last token it signed has expired.
alter table signing_key add column activates_at timestamptz;
alter table signing_key add column retires_at timestamptz;
update signing_key set activates_at = created_at;
alter table signing_key alter column activates_at set not null;
create index signing_key_activates_at on signing_key (activates_at);
