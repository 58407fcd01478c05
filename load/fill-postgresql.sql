-- Bulk fill for load measurements on PostgreSQL: 20 000 speakers, 62 500 articles, 1 000 000 quotes
-- generated inside the database (seconds instead of an hour of HTTP ingest on 2 cores). Run it on an
-- EMPTY database that the service has already migrated (Flyway), e.g. by load/run.sh:
--   psql -v ON_ERROR_STOP=1 -v articles=62500 -v per_article=16 -h 127.0.0.1 -U newsquotes newsquotes_load -f load/fill-postgresql.sql
-- Rows look like what the service stores for newsgen.py's articles (person speakers with full-name and
-- surname aliases, merge key "person:<normalised name>", direct/partial/indirect quotes with dates).
-- Speaker popularity is skewed (speaker k is picked with probability ~ 1/sqrt(k)): a few speakers have
-- thousands of quotes, most a few dozen.
\set ON_ERROR_STOP on
\if :{?articles} \else \set articles 62500 \endif
\if :{?per_article} \else \set per_article 16 \endif
SELECT setseed(0.42);

CREATE TEMP TABLE vocab AS SELECT
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

-- speakers: 20 000 distinct people (48 first names x 1 000 surnames)
INSERT INTO speaker (id, name, normalized_name, kind, merge_key, article_id)
SELECT i, nm, lower(nm), 'PERSON', 'person:' || lower(nm), NULL
FROM (SELECT i, firsts[1 + i % 48] || ' ' || pre[1 + (i / 48) % 40] || suf[1 + (i / 1920) % 25] AS nm
      FROM generate_series(1, 20000) i, vocab) s;
INSERT INTO speaker_alias (speaker_id, alias, display) SELECT id, normalized_name, name FROM speaker;
INSERT INTO speaker_alias (speaker_id, alias, display)
SELECT id, lower(split_part(name, ' ', 2)), split_part(name, ' ', 2) FROM speaker;
INSERT INTO speaker_role (speaker_id, role) SELECT s.id, v.roles[1 + s.id % 20] FROM speaker s, vocab v;

-- articles: ~4 KB of text each
INSERT INTO article (id, title, url, source, published_date, language, dateline, body, content_hash, spun_score,
                     spun, ingested_at)
SELECT i, initcap(topics[1 + i % 17]) || ': report ' || i, 'https://fill.example.test/a/' || i,
       sources[1 + i % 6], date '2021-01-01' + (i % 1460), 'en', 'WASHINGTON',
       repeat('Officials said on Tuesday that the ' || topics[1 + i % 17] || ' would be decided soon. ', 50),
       md5('a' || i) || md5('b' || i), 0, false, now()
FROM generate_series(1, :articles) i, vocab;

-- quotes: per_article per article, speaker skewed towards low ids
INSERT INTO quote (id, article_id, speaker_id, quote_text, normalized_text, quote_type, speaker_mention, role, cue,
                   quote_date, date_precision, date_text, span_start, span_end, context, confidence)
SELECT g, a, sp, txt, NULL,
       CASE WHEN g % 10 < 6 THEN 'DIRECT' WHEN g % 10 < 8 THEN 'PARTIAL' ELSE 'INDIRECT' END,
       CASE WHEN g % 2 = 0 THEN 'she' ELSE 'he' END, roles[1 + sp % 20], cues[1 + g % 7],
       date '2021-01-01' + (a % 1460) - (g % 3), 'DAY', 'on Tuesday',
       k * 300, k * 300 + length(txt), txt, 0.5 + (g % 50) / 100.0
FROM (SELECT g, 1 + (g - 1) / :per_article AS a, (g - 1) % :per_article AS k,
             1 + floor(20000 * power(random(), 2))::int AS sp,
             subjects[1 + floor(random() * 13)::int] || ' ' || verbs[1 + floor(random() * 12)::int] || ' '
               || objects[1 + floor(random() * 7)::int] || topics[1 + floor(random() * 17)::int]
               || tails[1 + floor(random() * 9)::int] AS txt,
             roles, cues
      FROM generate_series(1, :articles * :per_article) g, vocab) q;

-- The service takes ids from these sequences, 50 at a time, handing out the 49 below each value it fetches
-- (migration V2_8__id_sequences): the next value must be at least max(id) + 50. Fill before the service
-- ingests anything: ids it has already fetched are not checked against the filled rows.
SELECT setval('speaker_seq', (SELECT max(id) FROM speaker) + 50, false);
SELECT setval('article_seq', (SELECT max(id) FROM article) + 50, false);
SELECT setval('quote_seq', (SELECT max(id) FROM quote) + 50, false);
VACUUM ANALYZE speaker;
VACUUM ANALYZE speaker_alias;
VACUUM ANALYZE article;
VACUUM ANALYZE quote;
SELECT (SELECT count(*) FROM article) AS articles, (SELECT count(*) FROM speaker) AS speakers,
       (SELECT count(*) FROM quote) AS quotes;
