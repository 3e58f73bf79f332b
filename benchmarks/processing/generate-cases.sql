-- Fills a processing-service database (onestop_processing) with :count cases (default 1,000,000)
-- for the work-queue and scheduler benchmarks: about two years of intake, one a minute, in 40
-- departments (330100-AMR, the demo department, holds a fifth of them), 200 items and 30 members
-- of staff. The newest 1% wait for acceptance, the next 4% are being handled (accepted, under
-- review, waiting for a correction, suspended, concluded) with their working-day clock running or
-- paused, and the rest are closed (delivered, not accepted, withdrawn). Supervision signals that
-- are due have been raised, except for the last day's. Every fourth case has an e-certificate
-- material (a few still UNVERIFIED), every second an upload. Run against a migrated database:
--
--   psql -h localhost -p 15432 -U postgres -d onestop_processing -v count=1000000 \
--        -f benchmarks/processing/generate-cases.sql
--
-- Rows are written straight into the tables (no events, no history): the benchmark measures the
-- queue and scheduler queries. Application ids start with BENCH- so the rows can be removed again:
--   delete from case_material m using case_file c where c.id = m.case_id and c.application_id like 'BENCH-%';
--   delete from case_file where application_id like 'BENCH-%';
\if :{?count}
\else
\set count 1000000
\endif

create temporary table bench_department as
select row_number() over (order by r, d) as n, r || '-' || d as code
from unnest(array['330100', '330200', '330300', '330400', '330500', '330600', '330700', '330800']) as r,
     unnest(array['AMR', 'TAX', 'HRSS', 'CA', 'NR']) as d;

insert into case_file (id, application_id, tracking_number, item_code, item_version, item_name, applicant_id,
    applicant_name, region_code, department_code, channel, state, received_at, accepted_at, row_version,
    limit_days, warning_days, limit_assumed, started_on, paused_days, paused_on, stopped_on, due_on, warn_on,
    review_step, return_state, missing_items, correction_rounds, outcome, outcome_reasons, delivery_method,
    assignee, warning_raised, overdue_raised, review_steps)
select gen_random_uuid(),
       'BENCH-APP-' || g.i,
       'BENCH-TN-' || lpad(g.i::text, 8, '0'),
       'BENCH-ITEM-' || lpad(((g.i * 7) % 200)::text, 3, '0'),
       1,
       '基准测试事项',
       'bench-citizen-' || (g.i % 50000),
       '申请人',
       left(dept.code, 6),
       dept.code,
       (array['web', 'wechat', 'app', 'hall'])[1 + g.i % 4],
       s.state,
       g.received_at,
       case when s.state not in ('SUBMITTED', 'NOT_ACCEPTED') then g.received_at + interval '2 hours' end,
       3,
       14, 12, false,
       case when s.state not in ('SUBMITTED', 'NOT_ACCEPTED') then g.received_day end,
       0,
       case when s.state in ('CORRECTION_REQUESTED', 'SUSPENDED') then g.received_day + 3 end,
       case when s.state in ('CONCLUDED', 'DELIVERED', 'WITHDRAWN') then g.received_day + 10 end,
       -- calendar days stand in for working days: the queries only compare dates
       case when s.state not in ('SUBMITTED', 'NOT_ACCEPTED', 'CORRECTION_REQUESTED', 'SUSPENDED')
            then g.received_day + 20 end,
       case when s.state not in ('SUBMITTED', 'NOT_ACCEPTED', 'CORRECTION_REQUESTED', 'SUSPENDED')
            then g.received_day + 17 end,
       case when s.state = 'UNDER_REVIEW' then 'decision' end,
       case when s.state = 'CORRECTION_REQUESTED' then 'ACCEPTED' when s.state = 'SUSPENDED' then 'UNDER_REVIEW' end,
       case when s.state = 'CORRECTION_REQUESTED' then '["营业执照副本"]'::jsonb else '[]'::jsonb end,
       case when s.state = 'CORRECTION_REQUESTED' then 1 else 0 end,
       case when s.state in ('CONCLUDED', 'DELIVERED') then 'APPROVED' end,
       null,
       case when s.state = 'DELIVERED' then 'ONLINE' end,
       case when s.state <> 'SUBMITTED' and g.i % 7 <> 0 then 'staff-' || (g.i % 30) end,
       -- signals that were due before yesterday have gone out
       g.received_day + 17 < current_date - 1,
       g.received_day + 20 < current_date - 2,
       '[]'
from (select i, now() - (i || ' minutes')::interval as received_at,
             (now() - (i || ' minutes')::interval)::date as received_day
      from generate_series(1, :count) as i) as g
join bench_department dept on dept.n = case when g.i % 5 = 0 then 1 else 2 + g.i % 39 end
cross join lateral (select case
        when g.i <= :count / 100 then 'SUBMITTED'
        when g.i <= :count / 20 then (array['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'UNDER_REVIEW', 'UNDER_REVIEW',
            'UNDER_REVIEW', 'UNDER_REVIEW', 'UNDER_REVIEW', 'UNDER_REVIEW', 'CORRECTION_REQUESTED', 'SUSPENDED',
            'CONCLUDED', 'CONCLUDED', 'NOT_ACCEPTED'])[1 + g.i % 14]
        else (array['DELIVERED', 'DELIVERED', 'DELIVERED', 'DELIVERED', 'DELIVERED', 'DELIVERED', 'DELIVERED',
            'DELIVERED', 'DELIVERED', 'DELIVERED', 'DELIVERED', 'DELIVERED', 'DELIVERED', 'DELIVERED', 'DELIVERED',
            'DELIVERED', 'DELIVERED', 'NOT_ACCEPTED', 'WITHDRAWN', 'CONCLUDED'])[1 + g.i % 20]
    end as state) as s;

insert into case_material (id, case_id, correction_round, position, name, certificate_type, certificate_number,
    file_id, file_name, content_type, size_bytes, sha256, verification, verification_reason, checked_at,
    check_attempts, next_check_at, received_at)
select gen_random_uuid(), c.id, 0, m.position,
       case when m.position = 0 then '申请书' else '营业执照' end,
       case when m.position = 1 then 'BUSINESS_LICENCE' end,
       case when m.position = 1 then 'BENCH-CERT-' || n.i end,
       case when m.position = 0 then 'file-' || n.i end,
       case when m.position = 0 then '申请书.pdf' end,
       case when m.position = 0 then 'application/pdf' end,
       case when m.position = 0 then 204800 else 0 end,
       case when m.position = 0 then md5(n.i::text) || md5(c.id::text) end,
       case when m.position = 0 then 'UPLOADED' when n.i % 1000 = 0 and c.state = 'SUBMITTED' then 'UNVERIFIED'
            else 'VERIFIED' end,
       case when m.position = 1 then 'VALID: Signed' end,
       case when m.position = 1 then c.received_at end,
       case when m.position = 1 then 1 else 0 end,
       case when m.position = 1 and n.i % 1000 = 0 and c.state = 'SUBMITTED' then c.received_at + interval '1 minute' end,
       c.received_at
from (select id, state, received_at, substring(application_id from 11)::int as i
      from case_file where application_id like 'BENCH-APP-%') as c
cross join lateral (select c.i) as n(i)
cross join lateral (values (0), (1)) as m(position)
where (m.position = 0 and n.i % 2 = 0) or (m.position = 1 and n.i % 4 = 0);

vacuum analyze case_file;
vacuum analyze case_material;
