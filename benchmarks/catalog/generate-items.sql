-- Fills a management-service database (onestop_management) with a province-sized catalog for
-- paging and search benchmarks: :count implementation items (default 100,000) spread over every
-- county, township and department of the master data, all eight types, every level and topic,
-- mostly published, some with quality problems. Run against a started (migrated) database:
--
--   psql -h localhost -p 15432 -U postgres -d onestop_management -v count=100000 \
--        -f benchmarks/catalog/generate-items.sql
--
-- Rows are written straight into service_item (no events): the benchmark measures the editor's
-- queries, not publication. Codes start with BENCH- so the rows can be removed again with
--   delete from service_item where code like 'BENCH-%';
\if :{?count}
\else
\set count 100000
\endif

with names(n, name) as (
    select row_number() over (), name from unnest(array[
        '食品经营许可证核发', '公共场所卫生许可', '药品零售企业许可', '建设工程规划许可证核发', '最低生活保障对象认定',
        '临时救助', '失业保险金申领', '城乡居民基本医疗保险费征收', '不动产登记', '结婚登记', '出生登记', '工伤认定',
        '见义勇为人员奖励', '林木林地权属争议裁决', '建设工程竣工验收备案', '社会保障卡申领', '住房公积金提取',
        '就业登记', '义务教育阶段入学报名', '企业设立登记']) as name
), regions as (
    select row_number() over (order by code) as n, code, level from region where level in ('COUNTY', 'TOWNSHIP')
), departments as (
    select row_number() over (order by code) as n, code, name, credit_code from department
), types(n, item_type) as (
    select row_number() over (), t from unnest(array['ADMINISTRATIVE_LICENSING', 'ADMINISTRATIVE_PAYMENT',
        'ADMINISTRATIVE_COLLECTION', 'ADMINISTRATIVE_CONFIRMATION', 'ADMINISTRATIVE_REWARD',
        'ADMINISTRATIVE_ADJUDICATION', 'OTHER_ADMINISTRATIVE_POWER', 'PUBLIC_SERVICE']) as t
), topics(n, topic) as (
    select row_number() over (), t from unnest(array['EDUCATION', 'SOCIAL_SECURITY', 'HOUSEHOLD_REGISTRATION',
        'MEDICAL_HEALTH', 'LABOUR_EMPLOYMENT', 'HOUSING', 'MARRIAGE_BIRTH', 'SOCIAL_ASSISTANCE', 'ENTERPRISE_STARTUP',
        'TAX', 'PERMITS_QUALIFICATIONS', 'CONSTRUCTION', 'FOOD_DRUG_SAFETY', 'ENVIRONMENT']) as t
), counts as (
    select (select count(*) from names) as names, (select count(*) from regions) as regions,
           (select count(*) from departments) as departments, (select count(*) from topics) as topics
)
insert into service_item (id, code, version, name, item_type, region_code, department_code, department_name,
    legal_limit_days, promised_limit_days, form_fields, status, created_by, created_at, published_at, row_version,
    base_code, level, guide, topics, quality_problems, updated_at)
select gen_random_uuid(),
       'BENCH-' || lpad(i::text, 7, '0'),
       1,
       names.name || '（' || regions.code || '）',
       types.item_type,
       regions.code,
       departments.code,
       departments.name,
       20,
       i % 20,
       '[]',
       case when i % 10 = 0 then 'DRAFT' when i % 10 = 1 then 'IN_REVIEW' else 'PUBLISHED' end,
       'benchmark',
       now() - (i || ' seconds')::interval,
       case when i % 10 > 1 then now() - (i || ' seconds')::interval end,
       0,
       null,
       case when regions.level = 'TOWNSHIP' then 'TOWNSHIP' else 'COUNTY' end,
       jsonb_build_object('departmentCreditCode', departments.credit_code),
       array[t1.topic, t2.topic],
       case when i % 7 = 0 then 3 else 0 end,
       now()
from generate_series(1, :count) as i
cross join counts
join names on names.n = 1 + i % counts.names
join regions on regions.n = 1 + (i * 7) % counts.regions
join departments on departments.n = 1 + (i * 13) % counts.departments
join types on types.n = 1 + i % 8
join topics t1 on t1.n = 1 + i % counts.topics
join topics t2 on t2.n = 1 + (i / 3) % counts.topics;

analyze service_item;
