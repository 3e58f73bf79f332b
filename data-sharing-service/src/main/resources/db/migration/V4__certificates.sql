-- E-certificates (电子证照) and the keys their issuing departments sign them with.

create table issuer_key (
    department  text primary key,
    key_id      text        not null unique,
    private_jwk text        not null,
    created_at  timestamptz not null default now()
);

create table certificate (
    number             text primary key,
    certificate_type   text        not null,
    holder_id          text        not null,
    holder_name        text        not null,
    issuer_department  text        not null,
    trust_level        text        not null,
    valid_from         date        not null,
    valid_until        date,
    data               jsonb       not null,
    issued_at          timestamptz not null,
    source_case_id     text unique,
    signature          text        not null,
    revoked_at         timestamptz,
    revoked_by         text,
    revocation_reason  text
);

create index certificate_holder_idx on certificate (holder_id, issued_at desc);
create sequence certificate_number_seq;
