-- What was last published on processing.calendar.v1 per region and year (WorkingDaysPublished, a
-- full snapshot of the year's working days): a calendar is published again only when the list it
-- computes differs from this fingerprint, so start-ups of several replicas publish it once.
create table calendar_publication (
    region_code  text        not null,
    year         integer     not null,
    -- SHA-256 (hex) of the working days as ISO dates joined by commas
    fingerprint  text        not null,
    -- how many times this region's year has been published
    revision     bigint      not null,
    published_at timestamptz not null,
    primary key (region_code, year)
);
