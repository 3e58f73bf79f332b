-- The working-day calendar as processing publishes it (processing.calendar.v1, WorkingDaysPublished):
-- per region ('000000' = the national schedule) and year the full list of working days, each
-- snapshot replacing the year it names. The portal counts deadlines and opens halls on these days;
-- a region and year without a snapshot falls back to the national one, then to Monday to Friday.
create table working_day_year (
    region_code  text        not null,
    year         integer     not null,
    days         integer     not null,
    published_at timestamptz not null,
    received_at  timestamptz not null,
    primary key (region_code, year)
);

create table working_day (
    region_code text not null,
    day         date not null,
    primary key (region_code, day)
);
