-- Administrators reset passwords: the account must choose a new one at its next sign-in, and the
-- portal refuses its access tokens issued before the reset (their password_version is older).
alter table account
    add column password_change_required boolean     not null default false,
    add column password_version         integer     not null default 0,
    add column password_reset_at        timestamptz,
    add column password_reset_by        uuid;
