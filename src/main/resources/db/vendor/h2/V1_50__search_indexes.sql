-- H2-only indexes (location db/vendor/h2, chosen by quarkus.datasource.db-kind; the portable schema is in
-- db/migration). Quote text search on H2 is a LIKE scan (QuoteTextSearch): no full-text index here.

-- A speaker's quotes newest first (the default sort).
CREATE INDEX ix_quote_speaker_newest ON quote (speaker_id, quote_date DESC NULLS LAST, id DESC);
CREATE INDEX ix_quote_newest ON quote (quote_date DESC NULLS LAST, id DESC);
