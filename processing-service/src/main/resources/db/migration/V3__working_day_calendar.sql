-- Working-day calendar per region: public holidays (days off) and make-up working days (调休上班).
-- Region '000000' is the State Council's national schedule; a region's own periods override it day by day.
create table calendar_period (
    id          uuid primary key,
    region_code text not null,
    name        text not null,
    kind        text not null check (kind in ('HOLIDAY', 'MAKE_UP_WORKDAY')),
    first_day   date not null,
    last_day    date not null,
    check (last_day >= first_day)
);

-- Loading a region's calendar and checking a new period for overlaps.
create index calendar_period_region_idx on calendar_period (region_code, first_day);

-- The 2026 national schedule, from the State Council General Office's notice on the 2026 holiday
-- arrangements (国务院办公厅关于2026年部分节假日安排的通知), as published in the npm package
-- chinese-days 1.5.7 (MIT, https://github.com/vsme/chinese-days, dist/chinese-days.json).
insert into calendar_period (id, region_code, name, kind, first_day, last_day) values
    ('7a1f0000-2026-4000-8000-000000000101', '000000', '元旦 New Year''s Day',           'HOLIDAY',         '2026-01-01', '2026-01-03'),
    ('7a1f0000-2026-4000-8000-000000000102', '000000', '元旦调休 New Year make-up day',   'MAKE_UP_WORKDAY', '2026-01-04', '2026-01-04'),
    ('7a1f0000-2026-4000-8000-000000000201', '000000', '春节调休 Spring Festival make-up day', 'MAKE_UP_WORKDAY', '2026-02-14', '2026-02-14'),
    ('7a1f0000-2026-4000-8000-000000000202', '000000', '春节 Spring Festival',            'HOLIDAY',         '2026-02-15', '2026-02-23'),
    ('7a1f0000-2026-4000-8000-000000000203', '000000', '春节调休 Spring Festival make-up day', 'MAKE_UP_WORKDAY', '2026-02-28', '2026-02-28'),
    ('7a1f0000-2026-4000-8000-000000000301', '000000', '清明节 Qingming Festival',        'HOLIDAY',         '2026-04-04', '2026-04-06'),
    ('7a1f0000-2026-4000-8000-000000000401', '000000', '劳动节 Labour Day',               'HOLIDAY',         '2026-05-01', '2026-05-05'),
    ('7a1f0000-2026-4000-8000-000000000402', '000000', '劳动节调休 Labour Day make-up day', 'MAKE_UP_WORKDAY', '2026-05-09', '2026-05-09'),
    ('7a1f0000-2026-4000-8000-000000000501', '000000', '端午节 Dragon Boat Festival',     'HOLIDAY',         '2026-06-19', '2026-06-21'),
    ('7a1f0000-2026-4000-8000-000000000601', '000000', '国庆节调休 National Day make-up day', 'MAKE_UP_WORKDAY', '2026-09-20', '2026-09-20'),
    ('7a1f0000-2026-4000-8000-000000000602', '000000', '中秋节 Mid-Autumn Festival',      'HOLIDAY',         '2026-09-25', '2026-09-27'),
    ('7a1f0000-2026-4000-8000-000000000603', '000000', '国庆节 National Day',             'HOLIDAY',         '2026-10-01', '2026-10-07'),
    ('7a1f0000-2026-4000-8000-000000000604', '000000', '国庆节调休 National Day make-up day', 'MAKE_UP_WORKDAY', '2026-10-10', '2026-10-10');
