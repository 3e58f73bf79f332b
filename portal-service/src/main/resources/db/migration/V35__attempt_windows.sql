-- Attempt limits shared by every replica (AttemptLimits): one row per scope and key (a SHA-256 of the key, never
-- the key itself, e.g. a tracking number), counting the attempts of the window that began with the first one.
-- Counted with one atomic upsert; rows whose window ended are removed by the hourly housekeeping.
create table attempt_window (
    scope        text        not null,
    key_hash     text        not null,
    window_start timestamptz not null,
    window_end   timestamptz not null,
    attempts     int         not null,
    primary key (scope, key_hash)
);

create index attempt_window_end_idx on attempt_window (window_end);
