-- Top consumers of memory that is theirs alone (USS).
-- What it finds: the processes whose exit would free the most memory.
-- Why it matters: rss counts shared libraries in every process; uss does not, so it ranks the
-- real cost of each process.
-- A hit means: memory that belongs to this process only; compare with pss for its fair share.
SELECT pid, name, username, uss, pss, rss
  FROM processes
 WHERE uss IS NOT NULL
 ORDER BY uss DESC
 LIMIT 10;
