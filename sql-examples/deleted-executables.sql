-- Processes whose executable was deleted or replaced.
-- What it finds: running programs whose file on disk is gone (or was replaced by a new version).
-- Why it matters: malware deletes its binary after starting; after an upgrade, the old version
-- keeps running until restarted.
-- A hit means: the code running is no longer the file at that path; restart or investigate.
SELECT pid, name, username, exe, create_time, cmdline
  FROM processes
 WHERE exe_deleted;
