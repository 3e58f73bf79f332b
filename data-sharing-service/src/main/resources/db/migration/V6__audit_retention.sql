-- The exchange audit log is append-only in the database too: an entry cannot be changed, the
-- table cannot be truncated, and an entry can be removed only when it is older than six months
-- (the legal minimum for such logs), which is what the retention job does, oldest first. The
-- checkpoint keeps the sequence number and hash of the last removed entry, so the chain of what
-- remains still verifies from there. Someone who switches the trigger off (a superuser) is still
-- caught by the chain check.
create table audit_checkpoint (
    id        boolean     primary key default true check (id),
    seq       bigint      not null,
    hash      text        not null,
    pruned_at timestamptz not null
);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'TRUNCATE' then
        raise exception 'audit_entry is append-only and cannot be truncated';
    elsif tg_op = 'UPDATE' then
        raise exception 'audit_entry is append-only: entry % cannot be changed', old.seq;
    elsif old.occurred_at > now() - interval '6 months' then
        raise exception 'audit entry % is younger than six months and must be kept', old.seq;
    end if;
    return old;
end
$$;

create trigger audit_entry_append_only_rows before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_append_only_table before truncate on audit_entry
    for each statement execute function audit_entry_append_only();

create index audit_entry_occurred_idx on audit_entry (occurred_at);
