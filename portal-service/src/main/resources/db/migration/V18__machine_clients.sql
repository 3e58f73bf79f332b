-- Machine clients: departments' own systems (and OneStop's processing-service) that obtain access
-- tokens with the OAuth 2.0 client-credentials grant. The secret is shown once, when it is made,
-- and kept only as a PasswordEncoder hash, like account passwords.
create table machine_client (
    client_id         text primary key,
    name              text        not null,
    department_code   text        not null,
    region_code       text        not null,
    roles             text[]      not null,
    secret_hash       text        not null,
    status            text        not null default 'ACTIVE',
    created_at        timestamptz not null default now(),
    -- the administrator's username; null for the demo client seeded at start-up
    created_by        text,
    secret_rotated_at timestamptz,
    last_token_at     timestamptz,
    disabled_at       timestamptz,
    disabled_by       text,
    constraint machine_client_status_known check (status in ('ACTIVE', 'DISABLED'))
);

create index machine_client_by_department on machine_client (department_code, created_at);
