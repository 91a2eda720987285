-- Where a broad keyword search spends its time (sqlite3 CLI on the benchmark catalogue):
--   sqlite3 bench/out/jobs-100000.db < bench/explain_search.sql
-- The first two statements copy what SqliteJobStore::search_jobs runs for keyword=data
-- (src/store/sqlite/sqlite_job_store.cpp, search_sql.cpp); keep them in step with it. The others
-- take it apart: counting without the join, ranking inside the FTS index alone, and ranking
-- first then reading only the 20 rows of the page.
.timer on
.print '== plan of the page query (as the store runs it)'
EXPLAIN QUERY PLAN
SELECT j.id, j.title, j.company, j.location, j.country, j.date, j.job_type, j.contrat, j.salary,
       j.source, j.language, j.remote, j.job_url, substr(j.description_text, 1, 300)
FROM jobs_fts JOIN jobs j ON j.id = jobs_fts.rowid WHERE jobs_fts MATCH '("data")'
ORDER BY bm25(jobs_fts, 10.0, 4.0, 2.0, 1.0), j.date DESC, j.id DESC LIMIT 20 OFFSET 0;
.print '== warm-up'
SELECT count(*) FROM jobs_fts JOIN jobs j ON j.id = jobs_fts.rowid WHERE jobs_fts MATCH '("data")';
.print '== 1. total as the store counts it (FTS joined to jobs)'
SELECT count(*) FROM jobs_fts JOIN jobs j ON j.id = jobs_fts.rowid WHERE jobs_fts MATCH '("data")';
.print '== 2. page 1 as the store reads it (every match joined, then sorted)'
SELECT count(*) FROM (
  SELECT j.id, j.title, j.company, j.location, j.country, j.date, j.job_type, j.contrat,
         j.salary, j.source, j.language, j.remote, j.job_url, substr(j.description_text, 1, 300)
  FROM jobs_fts JOIN jobs j ON j.id = jobs_fts.rowid WHERE jobs_fts MATCH '("data")'
  ORDER BY bm25(jobs_fts, 10.0, 4.0, 2.0, 1.0), j.date DESC, j.id DESC LIMIT 20 OFFSET 0);
.print '== 3. total from the FTS index alone (no join)'
SELECT count(*) FROM jobs_fts WHERE jobs_fts MATCH '("data")';
.print '== 4. bm25 ranking inside the FTS index alone, top 20'
SELECT count(*) FROM (
  SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH '("data")'
  ORDER BY bm25(jobs_fts, 10.0, 4.0, 2.0, 1.0), rowid DESC LIMIT 20);
.print '== 5. rank in the index first, then read the 20 rows of the page'
SELECT count(*) FROM (
  SELECT j.id, j.title, substr(j.description_text, 1, 300)
  FROM (SELECT rowid AS id, bm25(jobs_fts, 10.0, 4.0, 2.0, 1.0) AS score FROM jobs_fts
        WHERE jobs_fts MATCH '("data")' ORDER BY score, rowid DESC LIMIT 20) AS top
  JOIN jobs j ON j.id = top.id ORDER BY top.score, j.date DESC, j.id DESC);
.print '== 6. facets: source counts over the matches (one of the three GROUP BYs)'
SELECT count(*) FROM (
  SELECT j.source, count(*) FROM jobs_fts JOIN jobs j ON j.id = jobs_fts.rowid
  WHERE jobs_fts MATCH '("data")' GROUP BY j.source);
