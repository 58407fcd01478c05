-- One chunk of the quote fill: quotes @lo..@hi (inclusive), run by load/fill-h2.sql once per chunk with
-- RUNSCRIPT in the same session (the temporary table vocab and @per_article come from there). A chunk is one
-- statement and, with autocommit, one transaction: a single million-row transaction grew the H2 file to
-- 4.8 GB of undo data and did not finish in 26 minutes.
INSERT INTO quote (id, article_id, speaker_id, quote_text, normalized_text, quote_type, speaker_mention, role, cue,
                   quote_date, date_precision, date_text, span_start, span_end, context, confidence)
SELECT g, a, sp, txt, NULL,
       CASE WHEN MOD(g, 10) < 6 THEN 'DIRECT' WHEN MOD(g, 10) < 8 THEN 'PARTIAL' ELSE 'INDIRECT' END,
       CASE WHEN MOD(g, 2) = 0 THEN 'she' ELSE 'he' END, w.roles[1 + MOD(sp, 20)], w.cues[1 + MOD(g, 7)],
       DATEADD(DAY, MOD(a, 1460) - MOD(g, 3), DATE '2021-01-01'), 'DAY', 'on Tuesday',
       k * 300, k * 300 + LENGTH(txt), txt, 0.5 + MOD(g, 50) / 100.0
FROM (SELECT X AS g, 1 + (X - 1) / @per_article AS a, MOD(X - 1, @per_article) AS k,
             1 + CAST(FLOOR(20000 * POWER(RAND(), 2)) AS INT) AS sp,
             v.subjects[1 + CAST(FLOOR(RAND() * 13) AS INT)] || ' ' || v.verbs[1 + CAST(FLOOR(RAND() * 12) AS INT)] || ' '
               || v.objects[1 + CAST(FLOOR(RAND() * 7) AS INT)] || v.topics[1 + CAST(FLOOR(RAND() * 17) AS INT)]
               || v.tails[1 + CAST(FLOOR(RAND() * 9) AS INT)] AS txt
      FROM SYSTEM_RANGE(@lo, @hi), vocab v) q, vocab w;

-- The service takes ids from these sequences, 50 at a time, handing out the 49 below each value it fetches
-- (migration V2_8__id_sequences): the next value must be at least MAX(id) + 50.
