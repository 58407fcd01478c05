-- Ids of articles, speakers and quotes come from sequences instead of IDENTITY columns: Hibernate takes 50
-- ids a round trip (pooled optimizer, allocationSize 50 = INCREMENT BY 50), knows an id at persist and can
-- send the inserts in JDBC batches at commit (rewritten into multi-row INSERTs by the driver with
-- reWriteBatchedInserts=true). An identity insert is one round trip per row, never batched.
-- Each sequence starts above the ids already stored (the pooled optimizer hands out the 49 ids below the
-- value it fetched, so the first value must be at least max(id) + 50). The identity is dropped: a row
-- inserted without an id fails at once instead of colliding later with an id Hibernate handed out.
-- The H2 version of this migration is db/vendor/h2/V2_8__id_sequences.sql.
CREATE SEQUENCE article_seq INCREMENT BY 50 START WITH 50 MINVALUE 1;
CREATE SEQUENCE speaker_seq INCREMENT BY 50 START WITH 50 MINVALUE 1;
CREATE SEQUENCE quote_seq INCREMENT BY 50 START WITH 50 MINVALUE 1;
SELECT setval('article_seq', (SELECT coalesce(max(id), 0) + 50 FROM article), false);
SELECT setval('speaker_seq', (SELECT coalesce(max(id), 0) + 50 FROM speaker), false);
SELECT setval('quote_seq', (SELECT coalesce(max(id), 0) + 50 FROM quote), false);
ALTER TABLE article ALTER COLUMN id DROP IDENTITY;
ALTER TABLE speaker ALTER COLUMN id DROP IDENTITY;
ALTER TABLE quote ALTER COLUMN id DROP IDENTITY;
