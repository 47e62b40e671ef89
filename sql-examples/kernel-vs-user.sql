-- How many processes are kernel threads, and how many run user programs.
-- What it finds: the count of kernel threads (no executable) and of user processes, per status.
-- Why it matters: a quick census; a surge of user processes in one state (disk-sleep, zombie)
-- points at the trouble.
-- A hit means: (always rows) compare with what the machine usually shows.
SELECT CASE WHEN exe = '' THEN 'kernel thread' ELSE 'user process' END AS kind,
       status, count(*) AS processes
  FROM processes
 GROUP BY CASE WHEN exe = '' THEN 'kernel thread' ELSE 'user process' END, status
 ORDER BY kind, processes DESC;
