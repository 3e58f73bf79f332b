-- Fills a portal-service database (onestop_portal) with a province-sized public catalog for the
-- list, facet and search benchmarks: :count listed items (default 100,000) over 11 cities, their
-- counties and townships (a third of the items), 400 departments, all eight types, every level,
-- 14 topics and 200 distinct item names. Run against a started (migrated) database:
--
--   psql -h localhost -p 15432 -U postgres -d onestop_portal -v count=100000 \
--        -f benchmarks/catalog/generate-public-items.sql
--
-- Rows are written straight into catalog_item (no events). Codes start with BENCH- so the rows
-- can be removed again with
--   delete from catalog_item where code like 'BENCH-%';
\if :{?count}
\else
\set count 100000
\endif

with subjects(n, subject) as (
    select row_number() over (), s from unnest(array['食品经营', '公共场所卫生', '药品零售企业', '建设工程规划',
        '最低生活保障', '失业保险金', '城乡居民医疗保险', '不动产', '婚姻', '出生医学证明', '工伤', '社会保障卡',
        '住房公积金', '就业失业', '义务教育入学', '企业营业执照', '个体工商户营业执照', '道路运输经营', '排污', '户口迁移'])
        as s
), actions(n, action) as (
    select row_number() over (), a from unnest(array['许可', '登记', '变更登记', '注销', '申领', '补领', '核发', '认定',
        '备案', '提取']) as a
), types(n, item_type) as (
    select row_number() over (), t from unnest(array['ADMINISTRATIVE_LICENSING', 'ADMINISTRATIVE_PAYMENT',
        'ADMINISTRATIVE_COLLECTION', 'ADMINISTRATIVE_CONFIRMATION', 'ADMINISTRATIVE_REWARD',
        'ADMINISTRATIVE_ADJUDICATION', 'OTHER_ADMINISTRATIVE_POWER', 'PUBLIC_SERVICE']) as t
), topics(n, topic) as (
    select row_number() over (), t from unnest(array['EDUCATION', 'SOCIAL_SECURITY', 'HOUSEHOLD_REGISTRATION',
        'MEDICAL_HEALTH', 'LABOUR_EMPLOYMENT', 'HOUSING', 'MARRIAGE_BIRTH', 'SOCIAL_ASSISTANCE', 'ENTERPRISE_STARTUP',
        'TAX', 'PERMITS_QUALIFICATIONS', 'CONSTRUCTION', 'FOOD_DRUG_SAFETY', 'ENVIRONMENT']) as t
), generated as (
    select i,
           '33' || lpad((1 + i % 11)::text, 2, '0') || lpad((1 + (i / 11) % 12)::text, 2, '0') as county,
           (i / 7) % 3 = 0 as township
    from generate_series(1, :count) as i
)
insert into catalog_item (code, item_id, version, name, item_type, region_code, department_code, department_name,
    legal_limit_days, promised_limit_days, form_fields, published_at, guide, status, level, service_objects, topics,
    online_depth, handling_form)
select 'BENCH-' || lpad(g.i::text, 7, '0'),
       gen_random_uuid()::text,
       1,
       subjects.subject || actions.action,
       types.item_type,
       case when g.township then g.county || lpad((1 + g.i % 20)::text, 3, '0') || '000' else g.county end,
       'BENCH-D' || lpad(((g.i * 13) % 400)::text, 3, '0'),
       '基准测试部门' || ((g.i * 13) % 400),
       20,
       g.i % 20,
       '[]',
       now() - (g.i || ' seconds')::interval,
       jsonb_build_object('caseKind', 'PROMISED', 'visits', g.i % 3, 'bookingSupported', g.i % 2 = 0),
       case when g.i % 50 = 0 then 'WITHDRAWN' else 'PUBLISHED' end,
       case when g.township then 'TOWNSHIP' else (array['PROVINCIAL', 'MUNICIPAL', 'COUNTY'])[1 + g.i % 3] end,
       case g.i % 3 when 0 then array['NATURAL_PERSON'] when 1 then array['LEGAL_PERSON']
                    else array['NATURAL_PERSON', 'LEGAL_PERSON'] end,
       array[t1.topic, t2.topic],
       (array['I', 'II', 'III', 'IV'])[1 + g.i % 4],
       'BOTH'
from generated g
join subjects on subjects.n = 1 + g.i % 20
join actions on actions.n = 1 + (g.i / 20) % 10
join types on types.n = 1 + g.i % 8
join topics t1 on t1.n = 1 + g.i % 14
join topics t2 on t2.n = 1 + (g.i / 3) % 14;

analyze catalog_item;
