-- Process trees under cron.
-- What it finds: every process started, at any depth, by cron, crond or anacron.
-- Why it matters: scheduled jobs are a favourite way to persist on a machine; a job that
-- should finish in seconds but has been running for hours, or opens connections, stands out.
-- A hit means: a running cron job (or something it left behind), with its age and command line.
SELECT a.pid, p.name, p.username, a.depth, p.create_time, p.cmdline
  FROM process_ancestors a
  JOIN processes p ON p.pid = a.pid
 WHERE a.ancestor_name IN ('cron', 'crond', 'anacron')
 ORDER BY p.create_time;
