-- Processes started by a container runtime or by cron.
-- What it finds: descendants of containerd-shim, runc, conmon, dockerd or cron.
-- Why it matters: what runs inside containers, and what scheduled jobs are doing right now.
-- A hit means: the process belongs to that runtime's tree.
SELECT a.ancestor_name AS started_by, a.pid, p.name, p.username, p.cmdline
  FROM process_ancestors a
  JOIN processes p ON p.pid = a.pid
 WHERE a.ancestor_name IN ('containerd-shim', 'containerd-shim-runc-v2', 'runc', 'conmon',
                           'dockerd', 'cron', 'crond')
 ORDER BY a.ancestor_name, a.pid;
