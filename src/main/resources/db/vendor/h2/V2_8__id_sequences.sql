-- Ids of articles, speakers and quotes come from sequences instead of IDENTITY columns: Hibernate takes 50
-- ids a round trip (pooled optimizer, allocationSize 50 = INCREMENT BY 50), knows an id at persist and can
-- send the inserts in JDBC batches at commit. An identity insert is one round trip per row, never batched.
-- Each sequence starts above the ids already stored (the pooled optimizer hands out the 49 ids below the
-- value it fetched, so the first value must be at least MAX(id) + 50). The identity default is dropped: a
-- row inserted without an id fails at once instead of colliding later with an id Hibernate handed out.
-- The PostgreSQL version of this migration is db/vendor/postgresql/V2_8__id_sequences.sql.
CREATE SEQUENCE article_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE speaker_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE quote_seq START WITH 50 INCREMENT BY 50;
ALTER SEQUENCE article_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 50 FROM article);
ALTER SEQUENCE speaker_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 50 FROM speaker);
ALTER SEQUENCE quote_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 50 FROM quote);
ALTER TABLE article ALTER COLUMN id DROP IDENTITY;
ALTER TABLE speaker ALTER COLUMN id DROP IDENTITY;
ALTER TABLE quote ALTER COLUMN id DROP IDENTITY;
