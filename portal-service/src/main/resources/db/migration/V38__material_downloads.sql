-- Every download of an uploaded material (identity cards among them): who read which file of which
-- application, with what roles, when, under which request. Written in the request that served it;
-- read by supervisors (GET /api/portal/v1/staff/material-downloads). Never the file itself.
create table material_download (
    id             bigserial primary key,
    material_id    uuid        not null,
    application_id uuid        not null,
    reader_id      text        not null,
    reader_roles   text        not null,
    department     text,
    correlation_id text,
    downloaded_at  timestamptz not null
);

create index material_download_application_idx on material_download (application_id, downloaded_at desc);
