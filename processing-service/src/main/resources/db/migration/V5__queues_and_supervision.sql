-- Work queues and supervision signals, sized for a million cases.
--
-- Which index serves which query (every queue query is per department, ordered by received_at):
--   no filter, ?state=           case_file_queue_idx (department_code, state, received_at) from V2
--   ?itemCode=                   case_file_item_queue_idx
--   ?assignee=                   case_file_assignee_queue_idx (partial: only assigned cases)
--   ?dueBefore=, ?overdue=true   case_file_due_queue_idx (partial: only cases whose clock runs)
--   supervision scheduler        case_file_warning_pending_idx, case_file_overdue_pending_idx (partial:
--                                only cases not signalled yet, so they shrink as signals go out)

alter table case_file
    add column warning_raised boolean not null default false,
    add column overdue_raised boolean not null default false;

create index case_file_item_queue_idx on case_file (department_code, item_code, received_at);

create index case_file_assignee_queue_idx on case_file (department_code, assignee, received_at)
    where assignee is not null;

create index case_file_due_queue_idx on case_file (department_code, due_on)
    where stopped_on is null and due_on is not null;

create index case_file_warning_pending_idx on case_file (warn_on)
    where not warning_raised and stopped_on is null and warn_on is not null;

create index case_file_overdue_pending_idx on case_file (due_on)
    where not overdue_raised and stopped_on is null and due_on is not null;
