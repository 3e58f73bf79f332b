-- The name search compares lower-cased text with LIKE instead of ILIKE: the same matches, but
-- ILIKE folds the case of every multibyte (Chinese) name it reads and costs about 2.5 times as
-- much per row when a broad query reads many rows (measured on 100,000 items,
-- benchmarks/catalog/README.md). The trigram index follows the expression.
drop index catalog_item_name_trgm_idx;
create index catalog_item_name_trgm_idx on catalog_item using gin (lower(name) gin_trgm_ops);
