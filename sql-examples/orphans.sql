-- Orphaned user processes.
-- What it finds: user-space processes re-parented to pid 1 whose session leader is gone.
-- Why it matters: daemons do this on purpose; anything else may be left over from a crashed
-- session or a detached intrusion.
-- A hit means: a process init adopted; check that it is a daemon you expect.
SELECT pid, name, username, create_time, cmdline
  FROM processes
 WHERE ppid = 1 AND exe <> '' AND terminal IS NULL AND uid >= 1000
 ORDER BY create_time;
