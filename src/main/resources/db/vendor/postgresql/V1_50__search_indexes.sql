-- PostgreSQL-only indexes (location db/vendor/postgresql, chosen by quarkus.datasource.db-kind; the
-- portable schema is in db/migration). Versions 1.50+ here so that common migrations V2, V3... keep
-- applying after them in order.

-- Full-text search over the quote as printed and its de-spun reading, 'english' configuration
-- (stemming, stop words). QuoteTextSearch renders exactly this expression so the planner uses the index.
CREATE INDEX ix_quote_fulltext ON quote USING GIN (
    to_tsvector('english', quote_text || ' ' || coalesce(normalized_text, ''))
);

-- A speaker's quotes newest first (the default sort) straight from the index, without sorting them all.
CREATE INDEX ix_quote_speaker_newest ON quote (speaker_id, quote_date DESC NULLS LAST, id DESC);
-- The unfiltered quote list, newest first.
CREATE INDEX ix_quote_newest ON quote (quote_date DESC NULLS LAST, id DESC);

-- Prefix lookups (GET /speakers?name=sto) with LIKE 'sto%' whatever the database collation is.
CREATE INDEX ix_speaker_alias_prefix ON speaker_alias (alias varchar_pattern_ops);
CREATE INDEX ix_speaker_name_prefix ON speaker (normalized_name varchar_pattern_ops);
