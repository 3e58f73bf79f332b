-- Public disclosure (政务公开) as the public reads it: the published articles of the news, notices,
-- policies and interpretation columns, fed by management.content.v1. A withdrawn article keeps
-- its row (status WITHDRAWN) so that a late copy of its publication cannot bring it back; only a
-- newer revision does.
create table public_article (
    id              text primary key,
    column_code     text        not null,
    title           text        not null,
    summary         text,
    body            text        not null,
    revision        int         not null,
    region_code     text        not null,
    department_code text        not null,
    published_at    timestamptz not null,
    status          text        not null, -- PUBLISHED or WITHDRAWN
    withdrawn_at    timestamptz
);

-- A column's page, newest first, over what is published.
create index public_article_column_idx on public_article (column_code, published_at desc, id) where status = 'PUBLISHED';
-- All columns together, newest first.
create index public_article_published_idx on public_article (published_at desc, id) where status = 'PUBLISHED';
