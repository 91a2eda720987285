-- Where a broad keyword search spends its time (sqlite3 CLI on the benchmark catalogue):
--   sqlite3 bench/out/jobs-100000.db < bench/explain_search.sql
-- Statements 1-3 copy what the store runs for keyword=data (src/store/sqlite/job_search.cpp and
-- search_sql.cpp); keep them in step with it. 4-6 show what the design avoids.
PRAGMA mmap_size = 1073741824;
.timer on
.print '== warm-up'
SELECT count(*) FROM jobs_fts WHERE jobs_fts MATCH '("data" OR "datas")';
.print '== 1. total, from the FTS index alone'
SELECT count(*) FROM jobs_fts WHERE jobs_fts MATCH '("data" OR "datas")';
.print '== 2. page 1: bm25 over the rank window (2,000 newest matches), then the 20 rows read'
EXPLAIN QUERY PLAN
SELECT j.id, j.title, substr(j.description_text, 1, 300)
FROM (SELECT rid, score FROM (
        SELECT jobs_fts.rowid AS rid, bm25(jobs_fts, 10.0, 4.0, 2.0, 1.0, 0.0) AS score
        FROM jobs_fts WHERE jobs_fts MATCH '("data" OR "datas")'
        ORDER BY jobs_fts.rowid DESC LIMIT 2000)
      ORDER BY score, rid DESC LIMIT 20) AS p
JOIN jobs j ON j.id = p.rid ORDER BY p.score, p.rid DESC;
SELECT count(*) FROM (
  SELECT j.id, j.title, substr(j.description_text, 1, 300)
  FROM (SELECT rid, score FROM (
          SELECT jobs_fts.rowid AS rid, bm25(jobs_fts, 10.0, 4.0, 2.0, 1.0, 0.0) AS score
          FROM jobs_fts WHERE jobs_fts MATCH '("data" OR "datas")'
          ORDER BY jobs_fts.rowid DESC LIMIT 2000)
        ORDER BY score, rid DESC LIMIT 20) AS p
  JOIN jobs j ON j.id = p.rid ORDER BY p.score, p.rid DESC);
.print '== 3. keyword + source + contract as index tokens: no jobs row read'
SELECT count(*) FROM jobs_fts WHERE jobs_fts MATCH
  '("data" OR "datas") AND search_tags : "zzsrclinkedin" AND search_tags : "zzctrcdi"';
.print '== 4. (avoided) bm25 over every match'
SELECT count(*) FROM (
  SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH '("data" OR "datas")'
  ORDER BY bm25(jobs_fts, 10.0, 4.0, 2.0, 1.0, 0.0) LIMIT 20);
.print '== 5. (avoided) a jobs filter with a plain JOIN: the planner starts from jobs'
EXPLAIN QUERY PLAN
SELECT count(*) FROM jobs_fts JOIN jobs j ON j.id = jobs_fts.rowid
WHERE jobs_fts MATCH '("data" OR "datas")' AND j.source = 'linkedin';
SELECT count(*) FROM jobs_fts JOIN jobs j ON j.id = jobs_fts.rowid
WHERE jobs_fts MATCH '("data" OR "datas")' AND j.source = 'linkedin';
.print '== 6. the same with CROSS JOIN (what the store uses for the date filter)'
SELECT count(*) FROM jobs_fts CROSS JOIN jobs j ON j.id = jobs_fts.rowid
WHERE jobs_fts MATCH '("data" OR "datas")' AND j.source = 'linkedin';
