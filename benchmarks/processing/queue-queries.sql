-- The work-queue and scheduler queries exactly as CaseRepository, CaseMaterials and the
-- schedulers send them, for `explain analyze` after generate-cases.sql:
--   psql -h localhost -p 15432 -U postgres -d onestop_processing -f benchmarks/processing/queue-queries.sql
\set dept '''330100-AMR'''
\echo '== queue, no filter, first page'
explain (analyze, costs off, timing off, summary on)
select * from case_file where department_code = :dept order by received_at, id limit 20 offset 0;
\echo '== queue, no filter, page 500'
explain (analyze, costs off, timing off, summary on)
select * from case_file where department_code = :dept order by received_at, id limit 20 offset 10000;
\echo '== queue, no filter, count'
explain (analyze, costs off, timing off, summary on)
select count(*) from case_file where department_code = :dept;
\echo '== ?state=UNDER_REVIEW'
explain (analyze, costs off, timing off, summary on)
select * from case_file where department_code = :dept and state = 'UNDER_REVIEW' order by received_at, id limit 20 offset 0;
\echo '== ?state=UNDER_REVIEW, count'
explain (analyze, costs off, timing off, summary on)
select count(*) from case_file where department_code = :dept and state = 'UNDER_REVIEW';
\echo '== ?state=DELIVERED (the biggest state), first page'
explain (analyze, costs off, timing off, summary on)
select * from case_file where department_code = :dept and state = 'DELIVERED' order by received_at, id limit 20 offset 0;
\echo '== ?itemCode='
explain (analyze, costs off, timing off, summary on)
select * from case_file where department_code = :dept and item_code = 'BENCH-ITEM-005' order by received_at, id limit 20 offset 0;
\echo '== ?assignee='
explain (analyze, costs off, timing off, summary on)
select * from case_file where department_code = :dept and assignee = 'staff-15' order by received_at, id limit 20 offset 0;
\echo '== ?assignee= with ?state=UNDER_REVIEW'
explain (analyze, costs off, timing off, summary on)
select * from case_file where department_code = :dept and state = 'UNDER_REVIEW' and assignee = 'staff-15'
order by received_at, id limit 20 offset 0;
\echo '== ?dueBefore=today+3'
explain (analyze, costs off, timing off, summary on)
select * from case_file where department_code = :dept and due_on < current_date + 3 and stopped_on is null
order by received_at, id limit 20 offset 0;
\echo '== ?overdue=true'
explain (analyze, costs off, timing off, summary on)
select * from case_file where department_code = :dept and due_on < current_date and stopped_on is null
order by received_at, id limit 20 offset 0;
\echo '== ?overdue=true, count'
explain (analyze, costs off, timing off, summary on)
select count(*) from case_file where department_code = :dept and due_on < current_date and stopped_on is null;
\echo '== supervision scheduler: warnings due'
explain (analyze, costs off, timing off, summary on)
select * from case_file where warn_on <= current_date and not warning_raised and stopped_on is null order by warn_on
limit 200 for update skip locked;
\echo '== supervision scheduler: overdue due'
explain (analyze, costs off, timing off, summary on)
select * from case_file where due_on < current_date and not overdue_raised and stopped_on is null order by due_on
limit 200 for update skip locked;
\echo '== registry re-check scheduler'
explain (analyze, costs off, timing off, summary on)
select m.*, c.applicant_id from case_material m join case_file c on c.id = m.case_id
where m.verification in ('PENDING', 'UNVERIFIED') and m.next_check_at <= now()
order by m.next_check_at limit 100 for update of m skip locked;
\echo '== materials of one queue page'
explain (analyze, costs off, timing off, summary on)
select * from case_material where case_id in (select id from case_file where department_code = :dept
    order by received_at, id limit 20) order by case_id, correction_round, position;
\echo '== the case of an application (portal events)'
explain (analyze, costs off, timing off, summary on)
select * from case_file where application_id = 'BENCH-APP-4242';
