-- The oldest user processes.
-- What it finds: user-space processes ordered by start time.
-- Why it matters: long-lived processes hold memory and old code (libraries updated on disk but
-- still mapped in memory).
-- A hit means: a process running since that time; restart it after security updates.
SELECT pid, name, username, create_time, cmdline
  FROM processes
 WHERE exe <> ''
 ORDER BY create_time
 LIMIT 20;
