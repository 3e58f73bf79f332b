-- The public holidays of each published year (WorkingDaysPublished.publicHolidays), weekends within a
-- holiday included: a hall that opens on ordinary weekends is closed on these. Replaced with the
-- year's working days; processing republishes every year with its holidays when it starts.
create table public_holiday (
    region_code text not null,
    day         date not null,
    primary key (region_code, day)
);
