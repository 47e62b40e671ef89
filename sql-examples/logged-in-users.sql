-- Logged-in users and what their sessions run.
-- What it finds: each login (utmp) with the processes on its terminal.
-- Why it matters: who is on the machine right now, and doing what.
-- A hit means: a live session; unknown users or remote hosts deserve a look.
SELECT u.name, u.terminal, u.host, u.started, p.pid, p.name AS process, p.cmdline
  FROM users u
  LEFT JOIN processes p ON p.terminal = '/dev/' || u.terminal
 ORDER BY u.name, u.terminal, p.pid;
