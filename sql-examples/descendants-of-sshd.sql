-- Process trees under sshd.
-- What it finds: every process that descends from an sshd, however deep.
-- Why it matters: interactive logins and what they started; a long-lived process under sshd
-- outlives the session that spawned it.
-- A hit means: a process that an ssh login started, with how many generations down it is.
SELECT a.pid, p.name, p.username, a.depth, a.ancestor_pid
  FROM process_ancestors a
  JOIN processes p ON p.pid = a.pid
 WHERE a.ancestor_name = 'sshd'
 ORDER BY a.ancestor_pid, a.depth;
