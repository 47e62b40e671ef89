-- Zombies and the parents that do not reap them.
-- What it finds: exited processes still in the process table, with their parent.
-- Why it matters: a parent that never waits leaks pids; many zombies point at a buggy service.
-- A hit means: fix or restart the parent; the zombie goes away when its parent waits or exits.
SELECT z.pid, z.name, z.ppid, p.name AS parent_name, p.username AS parent_user
  FROM processes z
  LEFT JOIN processes p ON p.pid = z.ppid
 WHERE z.status = 'zombie';
