-- The whole state machine of a case, its working-day clock, and the item versions it is timed by.

-- Item versions as the catalog published them (from management.service-item.v1): only what a
-- case needs to be timed. A case snapshots its version's limits when it is opened.
create table item_version (
    item_code           text not null,
    version             int  not null,
    name                text not null,
    department_code     text not null,
    legal_limit_days    int  not null,
    promised_limit_days int  not null,
    published_at        timestamptz not null,
    primary key (item_code, version)
);

alter table case_file
    add column limit_days        int     not null default 0,
    add column warning_days      int     not null default 0,
    -- true when the item version was unknown at intake and the configured default limit applies
    add column limit_assumed     boolean not null default false,
    add column started_on        date,
    add column paused_days       int     not null default 0,
    add column paused_on         date,
    add column stopped_on        date,
    -- kept while the clock runs, null while it is paused: what the queues and the scheduler filter on
    add column due_on            date,
    add column warn_on           date,
    add column review_step       text,
    add column return_state      text,
    add column missing_items     jsonb   not null default '[]',
    add column correction_rounds int     not null default 0,
    add column outcome           text,
    add column outcome_reasons   text,
    add column delivery_method   text,
    add column assignee          text;

-- Cases accepted before the clock existed: started on their acceptance day, limit unknown.
update case_file set limit_assumed = true,
                     started_on = (accepted_at at time zone 'Asia/Shanghai')::date
 where accepted_at is not null;

alter table case_action
    add column from_state text,
    add column to_state   text,
    add column details    jsonb not null default '{}';
