-- Bulk fill for load measurements on H2 (same rows as fill-postgresql.sql): 20 000 speakers,
-- 62 500 articles, 1 000 000 quotes. H2 file databases admit one process at a time, so load/run.sh h2 starts
-- the service once (Flyway creates the schema), stops it, runs this with H2's RunScript tool, and starts it
-- again:
--   java -cp target/quarkus-app/lib/main/com.h2database.h2-*.jar org.h2.tools.RunScript \
--        -url jdbc:h2:file:./load/out/h2/quotes -user sa -script load/fill-h2.sql
SET @articles = 62500;
SET @per_article = 16;
CREATE LOCAL TEMPORARY TABLE vocab AS SELECT
  ARRAY['Maria','John','Aisha','Pedro','Ingrid','Kenji','Fatima','Oliver','Chloe','Rahul','Elena','Samuel',
        'Grace','Mateo','Hannah','Yusuf','Sofia','David','Amara','Lukas','Priya','Thomas','Leila','Marcus',
        'Nadia','Victor','Julia','Omar','Clara','Henrik','Mei','Daniel','Zara','Pablo','Anna','Kwame','Laura',
        'Felix','Irina','George','Lucia','Ahmed','Emma','Tomas','Noor','Patrick','Sara','Hugo'] AS firsts,
  ARRAY['Berg','Lind','Hart','Mor','Stein','Ald','Fair','Whit','Castel','Rios','Oka','Nakam','Brenn','Hadd',
        'Kow','Petr','Mens','Fisch','Alv','Tan','Ort','Sant','Dub','Hugh','Iv','Jens','Kap','Lars','Mahm',
        'Nils','Quin','Rahm','Schm','Tor','Ued','Vasq','Web','Yilm','Zimm','Abb'] AS pre,
  ARRAY['son','man','ez','ova','ski','ani','ford','well','berg','strom','ota','ero','ley','ton','ard',
        'ini','ek','sen','ado','ura','ov','ier','lund','dorf','aro'] AS suf,
  ARRAY['the finance minister','the health minister','a spokeswoman for the ministry','the mayor',
        'the opposition leader','chief executive of the company','a senior economist at the central bank',
        'the police chief','a professor of political science','the union president','the defense secretary',
        'the governor','the head of the regional council','a spokesman for the airline','the trade commissioner',
        'the energy secretary','the coach','a lawyer for the family','the state prosecutor','the foreign minister'] AS roles,
  ARRAY['Associated Press','Reuters','Los Angeles Times','The Guardian','Daily Herald','Evening Courier'] AS sources,
  ARRAY['budget','pension reform','railway strike','water supply','housing market','fuel prices','school funding',
        'border talks','vaccine rollout','trade agreement','flood defenses','tax plan','election timetable',
        'hospital waiting lists','mining licence','fishing quotas','power grid'] AS topics,
  ARRAY['We','Our members','Families','Investors','Officials','Residents','Critics','Farmers','Most voters',
        'Our partners','The unions','Local businesses','Taxpayers'] AS subjects,
  ARRAY['will not accept','cannot ignore','have always supported','are deeply concerned about','will fight',
        'fully expect','must rethink','are ready to discuss','have underestimated','will review',
        'strongly reject','welcome'] AS verbs,
  ARRAY['the new ','any delay to the ','the cost of the ','a fair deal on the ','the latest figures on the ',
        'this approach to the ','the proposed changes to the '] AS objects,
  ARRAY['',' this year',' before the summer',' without a vote',' at any price',' in the coming weeks',
        ' for the sake of our children',' as long as I am in office',' and everyone knows it'] AS tails,
  ARRAY['said','told reporters','added','said in a statement','warned','insisted','argued'] AS cues;


INSERT INTO speaker (id, name, normalized_name, kind, merge_key, article_id)
SELECT i, nm, LOWER(nm), 'PERSON', 'person:' || LOWER(nm), NULL
FROM (SELECT X AS i, v.firsts[1 + MOD(X, 48)] || ' ' || v.pre[1 + MOD(X / 48, 40)] || v.suf[1 + MOD(X / 1920, 25)] AS nm
      FROM SYSTEM_RANGE(1, 20000), vocab v) s;
INSERT INTO speaker_alias (speaker_id, alias, display) SELECT id, normalized_name, name FROM speaker;
INSERT INTO speaker_alias (speaker_id, alias, display)
SELECT id, LOWER(SUBSTRING(name, LOCATE(' ', name) + 1)), SUBSTRING(name, LOCATE(' ', name) + 1) FROM speaker;
INSERT INTO speaker_role (speaker_id, role) SELECT s.id, v.roles[1 + MOD(s.id, 20)] FROM speaker s, vocab v;

INSERT INTO article (id, title, url, source, published_date, language, dateline, body, content_hash, spun_score,
                     spun, ingested_at)
SELECT X, UPPER(LEFT(v.topics[1 + MOD(X, 17)], 1)) || SUBSTRING(v.topics[1 + MOD(X, 17)], 2) || ': report ' || X, 'https://fill.example.test/a/' || X,
       v.sources[1 + MOD(X, 6)], DATEADD(DAY, MOD(X, 1460), DATE '2021-01-01'), 'en', 'WASHINGTON',
       REPEAT('Officials said on Tuesday that the ' || v.topics[1 + MOD(X, 17)] || ' would be decided soon. ', 50),
       LOWER(RAWTOHEX(HASH('SHA-256', 'a' || X))), 0, FALSE, CURRENT_TIMESTAMP
FROM SYSTEM_RANGE(1, @articles), vocab v;

-- The derived table q carries only scalars (the random picks, which must be drawn once per row); the word
-- lists come from a second join of vocab outside it. Carrying the lists through q (v.roles AS roles) made H2
-- copy two arrays into every one of the million intermediate rows: about 0.7 ms of CPU a quote, where this
-- takes about 0.1 ms.
-- The million quotes in 20 chunks of 50 000 (load/fill-h2-quotes.sql), each its own transaction;
-- @articles * @per_article must stay 1 000 000 for these bounds.
SET @lo = 1; SET @hi = 50000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 50001; SET @hi = 100000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 100001; SET @hi = 150000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 150001; SET @hi = 200000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 200001; SET @hi = 250000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 250001; SET @hi = 300000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 300001; SET @hi = 350000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 350001; SET @hi = 400000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 400001; SET @hi = 450000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 450001; SET @hi = 500000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 500001; SET @hi = 550000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 550001; SET @hi = 600000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 600001; SET @hi = 650000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 650001; SET @hi = 700000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 700001; SET @hi = 750000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 750001; SET @hi = 800000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 800001; SET @hi = 850000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 850001; SET @hi = 900000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 900001; SET @hi = 950000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';
SET @lo = 950001; SET @hi = 1000000; RUNSCRIPT FROM 'load/fill-h2-quotes.sql';

ALTER SEQUENCE speaker_seq RESTART WITH (SELECT MAX(id) + 50 FROM speaker);
ALTER SEQUENCE article_seq RESTART WITH (SELECT MAX(id) + 50 FROM article);
ALTER SEQUENCE quote_seq RESTART WITH (SELECT MAX(id) + 50 FROM quote);
ANALYZE;
