-- Unified identity: self-registered natural and legal persons, staff created by administrators,
-- lock-out after repeated failures and rotating refresh tokens.

alter table account
    add column status                   text        not null default 'ACTIVE',
    -- AES-GCM: 12-byte nonce followed by the ciphertext and tag; never the number in clear
    add column identity_number_cipher   bytea,
    -- HMAC-SHA256 of the normalised number under the lookup key: one account per person
    add column identity_number_hash     text unique,
    add column credit_code              text unique,
    add column legal_representative     text,
    add column mobile                   text,
    add column created_by               uuid,
    add column disabled_at              timestamptz,
    add column disabled_by              uuid,
    add constraint account_status_known check (status in ('ACTIVE', 'DISABLED'));

create index account_staff_by_department on account (department_code, created_at) where account_type = 'STAFF';

-- Consecutive failed sign-ins per username, whether or not an account has that name, so that the
-- answer (401, then 423 while locked) never tells whether the username exists.
create table sign_in_attempt (
    username     text primary key,
    failures     integer     not null default 0,
    locked_until timestamptz,
    updated_at   timestamptz not null default now()
);

-- Refresh tokens are opaque random strings kept only as their SHA-256. Each use rotates the token
-- within its family (one sign-in); presenting a token that was already used revokes the family.
create table refresh_token (
    token_hash  text primary key,
    family_id   uuid        not null,
    account_id  uuid        not null references account (id),
    expires_at  timestamptz not null,
    created_at  timestamptz not null default now(),
    used_at     timestamptz,
    revoked_at  timestamptz
);

create index refresh_token_family on refresh_token (family_id);
create index refresh_token_account on refresh_token (account_id) where revoked_at is null;
