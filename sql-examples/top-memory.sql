-- Top memory consumers.
-- What it finds: the ten processes with the largest resident set (memory in RAM now).
-- Why it matters: the first question when a machine swaps or the OOM killer wakes up.
-- A hit means: a process holding that much RAM; compare rss with vms to tell mapped from used.
SELECT pid, name, username, rss, vms, cmdline
  FROM processes
 ORDER BY rss DESC
 LIMIT 10;
